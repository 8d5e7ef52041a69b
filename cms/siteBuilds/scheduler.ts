import type { Pool } from 'pg'
import type { Payload } from 'payload'
import { type BuildLock, postgresBuildLock, processBuildLock } from './buildLock'
import { buildSiteAtomically } from './localBuild'

/**
 * Publishing starts a rebuild of the static site. Requests wait for a quiet moment
 * (SITE_REBUILD_DEBOUNCE_MS, default 5 s) so that ten quick edits make one build. Locally
 * the site is built here; a deployed site calls SITE_BUILD_HOOK_URL (any static host's
 * build hook). Every build is recorded in the `site-builds` collection, visible in the admin.
 *
 * Several CMS instances may share one PostgreSQL database: one build at a time across all
 * of them (buildLock.ts), and requests made anywhere meanwhile are coalesced. A request
 * is stored (`site-build-requests`), then its instance tries the lock: the holder builds
 * for every stored request, takes those that came in during that build into exactly one
 * more, and stops when none is left; an instance that finds the lock taken leaves its
 * request to the holder. The holder checks once more after letting go, so a request
 * stored just as it let go is never left behind: either it sees it, or the requester
 * finds the lock free.
 */
const requestsSlug = 'site-build-requests'

type State = { timer?: NodeJS.Timeout; running: Set<Promise<void>>; pending: string[] }

const state: State = { running: new Set(), pending: [] }

export function autoRebuildEnabled(): boolean {
  return process.env.SITE_AUTO_REBUILD === '1' || Boolean(process.env.SITE_BUILD_HOOK_URL)
}

export function requestSiteRebuild(payload: Payload, trigger: string) {
  if (!autoRebuildEnabled()) return
  if (!state.pending.includes(trigger)) state.pending.push(trigger)
  clearTimeout(state.timer)
  state.timer = setTimeout(() => void runBuild(payload), Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 5_000))
}

/** Resolves once this instance has no build waiting or running: for tests and for a clean shutdown. */
export async function siteBuildsSettled(): Promise<void> {
  while (state.timer || state.running.size > 0) {
    await (state.running.size > 0 ? Promise.all(state.running) : new Promise((resolve) => setTimeout(resolve, 100)))
  }
}

async function runBuild(payload: Payload) {
  state.timer = undefined
  const triggers = state.pending.splice(0)
  const running = buildWhenFree(payload, triggers)
    .catch((error) => payload.logger.error({ err: error, msg: 'Site rebuild could not run' }))
    .finally(() => state.running.delete(running))
  state.running.add(running)
  await running
}

function buildLock(payload: Payload): BuildLock {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  return payload.db.name === 'postgres' && pool ? postgresBuildLock(pool) : processBuildLock()
}

async function buildWhenFree(payload: Payload, triggers: string[]) {
  await payload.create({ collection: requestsSlug, data: { trigger: triggers.join('; ').slice(0, 1_000) }, overrideAccess: true })
  const lock = buildLock(payload)
  do {
    if (!(await lock.tryAcquire())) return // the holder builds for this request
    try {
      for (let taken = await takeRequests(payload); taken.length > 0; taken = await takeRequests(payload)) await build(payload, taken)
    } finally {
      await lock.release()
    }
  } while (await requestsWaiting(payload))
}

/** Every stored request, removed: they all go into one build. */
async function takeRequests(payload: Payload): Promise<string[]> {
  const { docs } = await payload.delete({ collection: requestsSlug, where: { id: { exists: true } }, overrideAccess: true, depth: 0 })
  const triggers = docs.flatMap((doc) => String(doc.trigger).split('; '))
  return [...new Set(triggers)]
}

async function requestsWaiting(payload: Payload): Promise<boolean> {
  return (await payload.count({ collection: requestsSlug, overrideAccess: true })).totalDocs > 0
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
