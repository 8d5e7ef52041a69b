import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tooManyRequestsMessage } from '../../domain/forms/errors'
import { api, type BurstSize, burstRequests, checkBurst, checkEmailsDelivered, type Prepared, prepareBurst } from './support/burst'
import { type BuildHost, startBuildHost } from './support/buildHost'
import { type Instances, startInstances } from './support/instances'
import type { Stack } from './support/stack'
import { applicationForm, type Answer, jsonPost, send, solvedProof } from './support/visitors'

/**
 * Two CMS instances on one PostgreSQL database, as behind a load balancer: a burst split
 * across both stores every record once and sends every email once; a visitor's attempts
 * count on both; a proof of work spent on one is refused by the other; a login on one
 * works on the other; and a publish during a running build (the static host's build
 * hook, which takes a few seconds here) makes exactly one more build, never two at once.
 * Needs PostgreSQL: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test.
 */
const postgres = process.env.TEST_DATABASE_URL
if (!postgres) console.warn('tests/load/twoInstances.test.ts skipped: set TEST_DATABASE_URL=postgres://… to run two CMS instances on one PostgreSQL database.')

const size: BurstSize = { applications: 16, pledges: 16, itemsLeft: 10, checkoutsOnce: 16, checkoutsMonthly: 8, paidOnce: 12, paidMonthly: 8 }
const buildSeconds = 4
const debounceMs = 500

describe.skipIf(!postgres)('two CMS instances on one PostgreSQL database', () => {
  let instances: Instances
  let a: Stack
  let b: Stack
  let host: BuildHost
  let prepared: Prepared

  beforeAll(async () => {
    host = await startBuildHost(buildSeconds * 1000, 12201)
    instances = await startInstances({
      name: 'two-instances',
      ports: [3100, 3101],
      stripePort: 12202,
      env: { SITE_BUILD_HOOK_URL: host.url, SITE_REBUILD_DEBOUNCE_MS: String(debounceMs) },
    })
    ;[a, b] = instances.stacks as [Stack, Stack]
    prepared = await prepareBurst(a, size)
  }, 600_000)
  afterAll(async () => {
    await instances?.stop()
    await host?.close()
  }, 60_000)

  const logs = () => `A:\n${a.log().slice(-2000)}\nB:\n${b.log().slice(-2000)}`

  it('stores each request of a burst split across both exactly once', async () => {
    // The same burst built for each instance; each request goes to one of them, alternately.
    const [forA, forB] = [burstRequests(a, prepared), burstRequests(b, prepared)]
    const answers = (await Promise.all(forA.map((request, i) => (i % 2 ? forB[i]! : request)()))).flat()
    expect(await checkBurst(a, prepared, answers), logs()).toEqual([])
  }, 300_000)

  it('sends each email once, whichever instance runs the queue', async () => {
    expect(await checkEmailsDelivered(a, prepared.token, 120_000), logs()).toEqual([])
  }, 150_000)

  it('counts a visitor’s attempts on both: over the limit on one is over it on the other', async () => {
    const from = '198.51.100.7'
    const badPledge = () => jsonPost({ need: prepared.needId, quantity: 0, name: '', email: 'not an address', consent: false, locale: 'en' })
    const refusals: Answer[] = []
    // The pledge form takes 60 refused attempts a minute per visitor: 30 on each instance.
    for (let i = 0; i < 60; i++) refusals.push(await send('pledge', `${(i % 2 ? b : a).cmsUrl}/api/pledges`, { ...badPledge(), from }))
    expect(refusals.map((answer) => answer.status)).toEqual(Array(60).fill(400))
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.cmsUrl}/api/pledges`, { ...badPledge(), headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en', 'x-forwarded-for': `${from}, 127.0.0.1` } })
      expect(response.status, instance.cmsUrl).toBe(429)
      const retryAfter = Number(response.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(60)
      // The real wait, in the visitor's words: the same as the Retry-After header.
      expect(((await response.json()) as { errors: { _form: string } }).errors._form).toBe(tooManyRequestsMessage(retryAfter * 1000, 'en'))
    }
    // Someone else is not held back.
    expect((await send('pledge', `${b.cmsUrl}/api/pledges`, badPledge())).status).toBe(400)
  }, 60_000)

  it('refuses on one instance a proof of work spent on the other', async () => {
    const proof = await solvedProof(a.cmsUrl)
    const first = await send('application', `${a.cmsUrl}/api/volunteer-applications`, { method: 'POST', body: applicationForm(prepared.roleId, 900, proof) })
    const again = await send('application', `${b.cmsUrl}/api/volunteer-applications`, { method: 'POST', body: applicationForm(prepared.roleId, 901, proof) })
    expect([first.status, again.status]).toEqual([201, 201]) // a robot is not told
    const stored = await api<{ docs: { reference: string; status: string; spamReason?: string }[] }>(
      b.cmsUrl,
      prepared.token,
      `/api/volunteer-applications?where[reference][in]=${first.body?.reference},${again.body?.reference}&depth=0&sort=createdAt`,
    )
    expect(stored.docs.map(({ status, spamReason }) => ({ status, spamReason: spamReason ?? null }))).toEqual([
      { status: 'new', spamReason: null },
      { status: 'spam', spamReason: 'proof of work replayed' },
    ])
  }, 60_000)

  it('keeps a staff member signed in on either instance, and signed out on both', async () => {
    const login = await fetch(`${a.cmsUrl}/api/users/login`, jsonPost({ email: 'editor@example.com', password: 'local-only-password' }))
    const { token } = (await login.json()) as { token: string }
    const me = async (instance: Stack) => ((await (await fetch(`${instance.cmsUrl}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })).json()) as { user: { email: string } | null }).user
    expect(await me(b)).toMatchObject({ email: 'editor@example.com' })
    expect((await fetch(`${b.cmsUrl}/api/users/logout`, { method: 'POST', headers: { Authorization: `JWT ${token}` } })).status).toBe(200)
    expect(await me(a)).toBeNull()
    expect(await me(b)).toBeNull()
  }, 60_000)

  it('builds the site once more for publishes during a build, one build at a time', async () => {
    const before = await buildsWhenQuiet()
    const callsBefore = host.calls
    const programme = (await api<{ docs: { id: number }[] }>(a.cmsUrl, prepared.token, '/api/programmes?limit=1&depth=0&locale=en')).docs[0]!
    const publish = (instance: Stack, title: string) =>
      api(instance.cmsUrl, prepared.token, `/api/programmes/${programme.id}?locale=en&depth=0`, { method: 'PATCH', body: JSON.stringify({ title, _status: 'published' }) })

    await publish(a, 'Detention visits (1)')
    await waitFor(() => host.inFlight === 1, 15_000, 'the first build to start')
    // While it runs: publishes on both instances, apart by more than the quiet moment.
    await publish(b, 'Detention visits (2)')
    await new Promise((resolve) => setTimeout(resolve, 2 * debounceMs))
    await publish(a, 'Detention visits (3)')
    await publish(b, 'Detention visits (4)')

    const after = await buildsWhenQuiet()
    const story = JSON.stringify({ builds: after, hookCalls: host.log }, null, 1)
    expect(after.slice(before.length).map((build) => build.status), story).toEqual(['succeeded', 'succeeded'])
    expect(host.calls - callsBefore, story).toBe(2)
    expect(host.mostAtOnce, story).toBe(1)
  }, 120_000)

  /** The site builds once nothing has run or waited for a while longer than a build and its quiet moment. */
  async function buildsWhenQuiet() {
    type Build = { status: string; startedAt: string; finishedAt?: string; trigger?: string; error?: string }
    const list = async () => (await api<{ docs: Build[] }>(a.cmsUrl, prepared.token, '/api/site-builds?limit=100&sort=startedAt&depth=0')).docs
    let last = JSON.stringify(await list())
    let quietSince = Date.now()
    const deadline = Date.now() + 90_000
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const now = JSON.stringify(await list())
      if (now !== last || host.inFlight > 0) {
        last = now
        quietSince = Date.now()
      } else if (Date.now() - quietSince > buildSeconds * 1000 + 3 * debounceMs) {
        return JSON.parse(now) as Build[]
      }
    }
    throw new Error(`The site builds did not settle: ${last}`)
  }
})

async function waitFor(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs / 1000} s for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
