import type { Payload } from 'payload'
import { buildSiteAtomically } from './localBuild'

/**
 * Publishing starts a rebuild of the static site. Requests wait for a quiet moment
 * (SITE_REBUILD_DEBOUNCE_MS, default 5 s) so that ten quick edits make one build; a
 * request during a build makes exactly one more after it. Locally the site is built
 * here; a deployed site calls SITE_BUILD_HOOK_URL (any static host's build hook).
 * Every build is recorded in the `site-builds` collection, visible in the admin.
 */
type State = { timer?: NodeJS.Timeout; running?: Promise<void>; pending: string[]; again: boolean }

const state: State = { pending: [], again: false }

export function autoRebuildEnabled(): boolean {
  return process.env.SITE_AUTO_REBUILD === '1' || Boolean(process.env.SITE_BUILD_HOOK_URL)
}

export function requestSiteRebuild(payload: Payload, trigger: string) {
  if (!autoRebuildEnabled()) return
  if (!state.pending.includes(trigger)) state.pending.push(trigger)
  if (state.running) {
    state.again = true
    return
  }
  clearTimeout(state.timer)
  state.timer = setTimeout(() => void runBuild(payload), Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 5_000))
}

/** Resolves once no build is waiting or running: for tests and for a clean shutdown. */
export async function siteBuildsSettled(): Promise<void> {
  while (state.timer || state.running) {
    await (state.running ?? new Promise((resolve) => setTimeout(resolve, 100)))
  }
}

async function runBuild(payload: Payload) {
  state.timer = undefined
  const triggers = state.pending.splice(0)
  state.running = build(payload, triggers).finally(() => {
    state.running = undefined
    if (state.again) {
      state.again = false
      requestSiteRebuild(payload, 'changes made during the previous build')
    }
  })
  await state.running
}

async function build(payload: Payload, triggers: string[]) {
  const startedAt = new Date()
  const hookUrl = process.env.SITE_BUILD_HOOK_URL
  const record = await payload.create({
    collection: 'site-builds',
    data: { status: 'running', mode: hookUrl ? 'hook' : 'local', trigger: triggers.join('; ').slice(0, 1_000), startedAt: startedAt.toISOString() },
    overrideAccess: true,
  })
  let error: string | undefined
  try {
    if (hookUrl) {
      const response = await fetch(hookUrl, { method: 'POST', signal: AbortSignal.timeout(30_000) })
      if (!response.ok) error = `The build hook answered ${response.status} ${response.statusText}.`
    } else {
      const result = await buildSiteAtomically()
      if (!result.ok) error = result.error
    }
  } catch (caught) {
    error = (caught as Error).message
  }
  const finishedAt = new Date()
  await payload.update({
    collection: 'site-builds',
    id: record.id,
    data: { status: error ? 'failed' : 'succeeded', finishedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - startedAt.getTime(), error },
    overrideAccess: true,
  })
  if (error) payload.logger.error({ msg: `Site build failed: ${error}` })
}
