import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { siteBuildsSettled } from '../../cms/siteBuilds/scheduler'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * A deployed site is rebuilt by its static host: publishing calls SITE_BUILD_HOOK_URL
 * (Netlify's build hooks and Cloudflare Pages' deploy hooks take an empty POST), once per
 * burst of edits, and the admin's "Site builds" tells whether the host accepted it. A
 * local HTTP server stands in for the host.
 */
type Received = { method: string; path: string; body: string }

let cms: TestCms
let host: { url: string; received: Received[]; status: number; close: () => Promise<void> }
const hookPath = '/build_hooks/5f2a9c1e'

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  host = await startHost()
  delete process.env.SITE_AUTO_REBUILD
  Object.assign(process.env, { SITE_BUILD_HOOK_URL: `${host.url}${hookPath}`, SITE_REBUILD_DEBOUNCE_MS: '1500' })
})
beforeEach(() => {
  process.env.SITE_BUILD_HOOK_URL = `${host.url}${hookPath}`
  host.status = 200
})
afterAll(async () => {
  await siteBuildsSettled()
  delete process.env.SITE_BUILD_HOOK_URL
  await host?.close()
  await cms?.close()
})

const builds = async () => (await cms.payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, overrideAccess: true })).docs

async function publishProgramme(title: string, draft = false) {
  const { docs } = await cms.payload.find({ collection: 'programmes', sort: 'order', limit: 1, locale: 'fr', overrideAccess: true })
  await cms.payload.update({ collection: 'programmes', id: docs[0].id, locale: 'fr', draft, data: { title, ...(draft ? {} : { _status: 'published' as const }) } })
  return docs[0].id
}

describe('the static host’s build hook', () => {
  it('is called once, by an empty POST, for a burst of publishes, and the build is recorded as the host’s', async () => {
    let id: number | string = 0
    for (let i = 1; i <= 4; i++) id = await publishProgramme(`Visites ${i}`)
    expect(host.received).toEqual([])
    await siteBuildsSettled()
    expect(host.received).toEqual([{ method: 'POST', path: hookPath, body: '' }])
    expect(await builds()).toMatchObject([{ mode: 'hook', status: 'succeeded', trigger: `updated programmes ${id}` }])
  })

  it('is not called for a draft, which the public does not see', async () => {
    await publishProgramme('Brouillon', true)
    await siteBuildsSettled()
    expect(host.received).toHaveLength(1)
    expect(await builds()).toHaveLength(1)
  })

  it('records a failed build when the host refuses, and calls again on the next publish', async () => {
    host.status = 500
    await publishProgramme('Visites refusées')
    await siteBuildsSettled()
    expect(host.received).toHaveLength(2)
    expect((await builds()).at(-1)).toMatchObject({ mode: 'hook', status: 'failed', error: expect.stringContaining('500') })

    host.status = 200
    await publishProgramme('Visites acceptées')
    await siteBuildsSettled()
    expect(host.received).toHaveLength(3)
    expect((await builds()).at(-1)).toMatchObject({ status: 'succeeded' })
  })

  it('records a failed build when the host cannot be reached', async () => {
    const gone = await startHost()
    await gone.close()
    process.env.SITE_BUILD_HOOK_URL = `${gone.url}${hookPath}`
    await publishProgramme('Visites injoignables')
    await siteBuildsSettled()
    const last = (await builds()).at(-1)!
    expect(last).toMatchObject({ mode: 'hook', status: 'failed' })
    expect(last.error).toBeTruthy()
    expect(host.received).toHaveLength(3)
  })
})

/** The stand-in for the host: records each call and answers with the status of the moment. */
async function startHost(): Promise<typeof host> {
  const state = { received: [] as Received[], status: 200 }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      state.received.push({ method: req.method ?? '', path: req.url ?? '', body })
      res.writeHead(state.status, { 'Content-Type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return Object.assign(state, {
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as typeof host
}
