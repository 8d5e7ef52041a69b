import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { formMessages } from '../../domain/forms/messages'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply } from './support/volunteering'

/**
 * The per-visitor limits of the public forms over HTTP: who counts as the visitor (the
 * connection, or what a trusted proxy says), what counts as an attempt, and what the
 * visitor is told. This server's clients connect from 127.0.0.1, trusted as a proxy or
 * not as each test sets TRUSTED_PROXIES.
 */
let cms: TestCms
let api: Awaited<ReturnType<typeof serveApi>>
let needId: number
let address = 0

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  api = await serveApi(cms)
  const need = await cms.payload.create({
    collection: 'needs',
    data: { name: 'Blankets', unit: 'blankets', category: 'it-equipment', condition: 'used-working', priority: 'normal', quantityNeeded: 10_000, status: 'open' },
    overrideAccess: true,
  })
  needId = Number(need.id)
})
afterAll(async () => {
  delete process.env.TRUSTED_PROXIES
  await api?.close()
  await cms?.close()
})
beforeEach(() => {
  process.env.TRUSTED_PROXIES = 'loopback'
})

/** Each test's visitors are new ones: the limits remember earlier tests' attempts. */
const newAddress = () => `198.51.${Math.floor(++address / 250)}.${address % 250}`

const giver = (locale = 'nl') => ({ need: needId, quantity: 1, name: 'An Peeters', email: 'an@example.be', consent: true, locale })

async function pledge(body: unknown, headers: Record<string, string> = {}, query = '') {
  const response = await fetch(`${api.url}/api/pledges${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { reference?: string; errors?: Record<string, string> } }
}

const pledgeCount = async () => (await cms.payload.count({ collection: 'pledges', overrideAccess: true })).totalDocs

describe('who the limits count', () => {
  it('is not fooled by an untrusted client writing a new X-Forwarded-For each time', async () => {
    process.env.TRUSTED_PROXIES = ''
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await pledge(giver(), { 'X-Forwarded-For': newAddress() })).status)
    expect(statuses).toEqual([...Array(10).fill(201), 429])
    // Nor by one that claims to be a proxy's client.
    expect((await pledge(giver(), { 'X-Forwarded-For': `${newAddress()}, ${newAddress()}` })).status).toBe(429)
  })

  it('gives each visitor behind a trusted proxy a limit of their own', async () => {
    const visitors = [newAddress(), newAddress(), newAddress()]
    for (let round = 0; round < 10; round++) {
      for (const visitor of visitors) expect((await pledge(giver(), { 'X-Forwarded-For': visitor })).status).toBe(201)
    }
    for (const visitor of visitors) expect((await pledge(giver(), { 'X-Forwarded-For': visitor })).status).toBe(429)
    // What a visitor writes before the address the proxy appends changes nothing.
    expect((await pledge(giver(), { 'X-Forwarded-For': `${newAddress()}, ${visitors[0]}` })).status).toBe(429)
    expect((await pledge(giver(), { 'X-Forwarded-For': newAddress() })).status).toBe(201)
  })
})

describe('what the limits count', () => {
  it('does not lock out someone who makes mistakes before getting the form right', async () => {
    const visitor = { 'X-Forwarded-For': newAddress() }
    for (let i = 0; i < 8; i++) expect((await pledge({ ...giver('fr'), email: `typo${i}@` }, visitor)).status).toBe(400)
    for (let i = 0; i < 8; i++) expect((await pledge({ ...giver('fr'), quantity: 100_000 }, visitor)).status).toBe(400)
    expect((await pledge(giver('fr'), visitor)).status).toBe(201)
  })

  it('does not lock out an applicant after five refused applications', async () => {
    const from = newAddress()
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await apply(api.url, { locale: 'en' }, {}, from)).status)
    expect(statuses).toEqual(Array(7).fill(400))
  })

  it('still stops a robot that sends nothing but garbage', async () => {
    const visitor = { 'X-Forwarded-For': newAddress() }
    const statuses: number[] = []
    for (let i = 0; i < 61; i++) statuses.push((await pledge({ junk: i }, visitor)).status)
    expect(statuses.slice(0, 60).every((status) => status === 400)).toBe(true)
    expect(statuses[60]).toBe(429)
    // Once blocked, even a good pledge waits: the garbage was theirs.
    const before = await pledgeCount()
    expect((await pledge(giver(), visitor)).status).toBe(429)
    expect(await pledgeCount()).toBe(before)
  })
})

describe('what the visitor is told', () => {
  /** The wait a French message states, in seconds: "dans 42 secondes", "dans 1 minute". */
  const frenchWait = (message = '') => {
    const [, count, unit] = /^Trop de tentatives d’affilée\. Réessayez dans (\d+) (secondes?|minutes?)\.$/.exec(message) ?? []
    return Number(count) * (unit?.startsWith('minute') ? 60 : 1)
  }

  it('states the real wait, in the browser’s language when refusing before reading the form', async () => {
    const visitor = { 'X-Forwarded-For': newAddress() }
    for (let i = 0; i < 10; i++) expect((await pledge(giver('fr'), visitor)).status).toBe(201)
    const refused = await pledge(giver('fr'), { ...visitor, 'Accept-Language': 'fr-BE,fr;q=0.9,en;q=0.5' })
    expect(refused.status).toBe(429)
    const seconds = frenchWait(refused.body.errors?._form)
    expect(seconds).toBeGreaterThan(0)
    expect(seconds).toBeLessThanOrEqual(60)
    // The header rounds up to the second as the sentence does (to the minute once a minute or more).
    expect(Math.abs(Number(refused.retryAfter) - seconds)).toBeLessThanOrEqual(1)
    expect((await pledge(giver('fr'), { ...visitor, 'Accept-Language': 'en-GB,en;q=0.9' })).body.errors?._form).toMatch(/^Too many attempts in a row\. Please try again in \d+ (seconds?|minute)\.$/)
    expect((await pledge(giver('fr'), visitor)).body.errors?._form).toMatch(/^Te veel pogingen na elkaar\. Probeer het opnieuw over \d+ (seconden?|minuut)\.$/)
  })

  it('refuses in the language of the page the form was sent from, which its address names, whatever the browser prefers', async () => {
    const visitor = { 'X-Forwarded-For': newAddress() }
    for (let i = 0; i < 10; i++) expect((await pledge(giver('fr'), visitor, '?locale=fr')).status).toBe(201)
    const refused = await pledge(giver('fr'), { ...visitor, 'Accept-Language': 'en-GB,en;q=0.9' }, '?locale=fr')
    expect(refused.status).toBe(429)
    expect(frenchWait(refused.body.errors?._form)).toBeGreaterThan(0)
    // A language the site does not have is no language: the browser's is used.
    expect((await pledge(giver('fr'), { ...visitor, 'Accept-Language': 'en-GB,en;q=0.9' }, '?locale=de')).body.errors?._form).toMatch(/^Too many attempts in a row\./)
  })

  it('lets exactly the allowance through when one visitor sends many at once, and tells the rest how long to wait', async () => {
    const visitor = { 'X-Forwarded-For': newAddress() }
    const before = await pledgeCount()
    const answers = await Promise.all(Array.from({ length: 15 }, () => pledge(giver('fr'), visitor)))
    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(10).fill(201), ...Array(5).fill(429)])
    expect(await pledgeCount()).toBe(before + 10)
    // Refused before reading (the browser's language: none given, so Dutch) or after (the form's: French).
    for (const answer of answers.filter((a) => a.status === 429)) expect(answer.body.errors?._form).toMatch(/ (dans|over) \d+ (secondes?|seconden?|minute|minuut)\.$/)
  })
})
