import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formMessages } from '../../domain/forms/messages'
import { serveApi } from './support/api'
import { ApiClient, everyone, type Who } from './support/apiClient'
import { approveTaxCertificates } from './support/taxCertificateSettings'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Issue 11, the rest of items 2 and 7, over HTTP on a real database (SQLite, or PostgreSQL
 * with TEST_DATABASE_URL): finance emails every donor of the year without a national
 * register number a personal link, once per donor per year; the donor adds the number on
 * their page (checked as the donate form checks it, stored sealed on the gifts of the open
 * years and the monthly gift, never shown back, logged and confirmed); and every issue and
 * download of certificates is logged in the database with who and when.
 */
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let api: ApiClient
let visitor = 0
// Imported once the test CMS has set its environment: cms/env.ts reads DATABASE_URL when first loaded.
let revealNationalRegisterNumber: (stored: string | null | undefined) => string | undefined
const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()))
const year = thisYear - 1
const withCheck = (nine: string) => nine + String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')
const jan = withCheck('720412155')
const samNumber = withCheck('900315123')
const samTyped = `${samNumber.slice(0, 2)}.${samNumber.slice(2, 4)}.${samNumber.slice(4, 6)}-${samNumber.slice(6, 9)}.${samNumber.slice(9)}`
const ids: Record<string, number> = {}

async function gift(key: string, data: Record<string, unknown>) {
  const doc = await cms.payload.create({ collection: 'donations', data: { source: 'offline', status: 'paid', ...data } as never, overrideAccess: true })
  ids[key] = doc.id as number
}

beforeAll(async () => {
  process.env.TAX_DATA_KEYS = `test:${randomBytes(32).toString('base64')}`
  cms = await startTestCms()
  ;({ revealNationalRegisterNumber } = await import('../../cms/fields/encryptedNationalRegisterNumber'))
  server = await serveApi(cms)
  api = new ApiClient(server.url)
  const { payload } = cms
  await api.signIn(async (role, email, password) => (await payload.create({ collection: 'users', data: { email, password, name: role, roles: [role] }, overrideAccess: true })).id as number)
  await approveTaxCertificates(payload, { approvedFrom: 2024, rateYears: [year, thisYear] })
  const address = { street: 'Avenue Louise 54', postalCode: '1050', city: 'Ixelles' }
  // Sam: two gifts of last year without a number, one of three years ago (filed, closed), and a monthly gift.
  await gift('samOld', { kind: 'one-time', amountCents: 9000, receivedAt: `${year - 2}-05-01T10:00:00Z`, donorName: 'Sam Smith', donorEmail: 'sam@example.be', locale: 'en', taxCertificate: address })
  await gift('samOnce', { kind: 'one-time', amountCents: 3000, receivedAt: `${year}-03-01T10:00:00Z`, donorName: 'Sam Smith', donorEmail: 'sam@example.be', locale: 'en', taxCertificate: { requested: true, ...address } })
  await gift('samMonthly', { kind: 'monthly', amountCents: 2000, receivedAt: `${year}-06-01T10:00:00Z`, donorName: 'Sam Smith', donorEmail: 'sam@example.be', locale: 'en', taxCertificate: address })
  await payload.create({ collection: 'monthly-gifts', data: { donorName: 'Sam Smith', donorEmail: 'sam@example.be', locale: 'en', amountCents: 2000, status: 'active', taxCertificate: address } as never, overrideAccess: true })
  // Lise: French, no number. Jan: has one (not asked). Piet: under the minimum (not asked).
  await gift('lise', { kind: 'bank-transfer', amountCents: 5000, receivedAt: `${year}-09-01T10:00:00Z`, donorName: 'Lise Lambert', donorEmail: 'lise@example.be', locale: 'fr', taxCertificate: { street: 'Rue Haute 1', postalCode: '1000', city: 'Bruxelles' } })
  await gift('jan', { kind: 'one-time', amountCents: 6000, receivedAt: `${year}-02-01T10:00:00Z`, donorName: 'Jan Peeters', donorEmail: 'jan@example.be', locale: 'nl', taxCertificate: { requested: true, nationalRegisterNumber: jan, street: 'Kerkstraat 12', postalCode: '9000', city: 'Gent' } })
  await gift('piet', { kind: 'one-time', amountCents: 2500, receivedAt: `${year}-04-01T10:00:00Z`, donorName: 'Piet Claes', donorEmail: 'piet@example.be', locale: 'nl' })
}, 180_000)
afterAll(async () => {
  delete process.env.TAX_DATA_KEYS
  await server?.close()
  await cms?.close()
})

const ask = (who: Who) => api.rest(who, 'POST', '/api/tax-certificates/ask-for-numbers', { year })
const emailsOfKind = async (kind: string) => (await cms.payload.find({ collection: 'email-messages', where: { kind: { equals: kind } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs
const logOf = async (action: string) => (await cms.payload.find({ collection: 'tax-certificate-log', where: { action: { equals: action } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs
const samGift = (key: string) => cms.payload.findByID({ collection: 'donations', id: ids[key]!, depth: 0, overrideAccess: true })

/** A page or action as a browser without script asks for it: redirects are looked at, not followed. */
async function browse(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  visitor += 1
  // The CMS names its own pages by its public address (CMS_URL); the test server stands in for it.
  const response = await fetch(`${server.url}${path.replace(/^https?:\/\/[^/]+/, '')}`, { redirect: 'manual', ...init, headers: { 'x-forwarded-for': `10.11.${Math.floor(visitor / 250)}.${visitor % 250}`, ...(init.headers ?? {}) } })
  return { status: response.status, location: response.headers.get('location') ?? '', response, text: response.headers.get('content-type')?.includes('html') ? await response.text() : '' }
}
const post = (link: string, action: string, fields: Record<string, string>) => browse(`${link}/${action}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, body: new URLSearchParams(fields).toString() })
const linkIn = (text: string) => `/api/self-service/${/\/api\/self-service\/([A-Za-z0-9._-]+)/.exec(text)![1]}`

describe('asking donors for their national register number', () => {
  it('is for finance and administrators only', async () => {
    for (const who of everyone.filter((role) => role !== 'finance' && role !== 'administrator')) expect((await ask(who)).status, who).toBe(who === 'anonymous' ? 401 : 403)
    // Not for a year the organisation is not approved for.
    expect((await api.rest('finance', 'POST', '/api/tax-certificates/ask-for-numbers', { year: 2023 })).status).toBe(409)
    expect(await emailsOfKind('tax-certificate-number-request')).toHaveLength(0)
  })

  it('emails each donor over the minimum without a number a personal link, in their language, once per year', async () => {
    const summary = await api.rest('finance', 'GET', `/api/tax-certificates/summary?year=${year}`)
    expect(summary.body).toMatchObject({ eligible: 3, withoutNationalRegisterNumber: 2 })
    const first = await ask('finance')
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ queued: 2, skipped: 0 })
    const sent = await emailsOfKind('tax-certificate-number-request')
    expect(sent.map((email) => [email.to, email.locale]).sort()).toEqual([
      ['lise@example.be', 'fr'],
      ['sam@example.be', 'en'],
    ])
    const sam = sent.find((email) => email.to === 'sam@example.be')!
    expect(sam.subject).toBe(`Your national register number for your ${year} tax certificate`)
    expect(sam.text).toMatch(/\/api\/self-service\/[A-Za-z0-9._-]+/)
    expect(sent.find((email) => email.to === 'lise@example.be')!.subject).toContain('numéro de registre national')

    // Again, by another person: nobody is asked twice for the year.
    const again = await ask('administrator')
    expect(again.body).toMatchObject({ queued: 0, skipped: 2 })
    expect(await emailsOfKind('tax-certificate-number-request')).toHaveLength(2)
    const logged = await logOf('asked-for-numbers')
    expect(logged.map((entry) => [entry.user, entry.year])).toEqual([
      [api.userIds.get('finance'), year],
      [api.userIds.get('administrator'), year],
    ])
  })
})

describe('a donor adding their national register number through their link', () => {
  let link: string

  beforeAll(async () => {
    link = linkIn((await emailsOfKind('tax-certificate-number-request')).find((email) => email.to === 'sam@example.be')!.text)
  })

  it('is told none is on file yet', async () => {
    const page = await browse(link)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Your national register number')
    expect(page.text).toContain('We do not have your number yet.')
    expect(page.text).toContain('action="/api/self-service/')
  })

  it('is refused a wrong number with the donate form’s own messages, and nothing changes', async () => {
    const cases: [string, keyof (typeof formMessages)['en']][] = [
      ['1234', 'nationalRegisterNumberFormat'],
      [`${samNumber.slice(0, 9)}${String((Number(samNumber.slice(9)) + 1) % 100).padStart(2, '0')}`, 'nationalRegisterNumber'],
      [withCheck('901331123'), 'nationalRegisterNumberDate'],
    ]
    for (const [typed, key] of cases) {
      const refused = await post(link, 'national-number', { nationalRegisterNumber: typed })
      expect(refused.status).toBe(303)
      expect(refused.location).toContain(`problem=${key}`)
      expect((await browse(refused.location)).text).toContain(formMessages.en[key])
    }
    expect((await samGift('samOnce')).taxCertificate?.nationalRegisterNumber ?? null).toBeNull()
    expect(await logOfSelfService()).toHaveLength(0)
  })

  it('stores it sealed on the gifts of the open years and the monthly gift, logs it and confirms it by email', async () => {
    const done = await post(link, 'national-number', { nationalRegisterNumber: samTyped })
    expect(done.location).toContain('?done=nationalNumber')
    for (const key of ['samOnce', 'samMonthly']) {
      const stored = (await samGift(key)).taxCertificate!
      // Read by code without a finance user: the sealed value, which only the key opens.
      expect(stored.nationalRegisterNumber).not.toContain(samNumber)
      expect(revealNationalRegisterNumber(stored.nationalRegisterNumber)).toBe(samNumber)
      expect(stored.requested).toBe(true)
      expect(stored.street).toBe('Avenue Louise 54')
    }
    // A filed year stays as it was.
    expect((await samGift('samOld')).taxCertificate?.nationalRegisterNumber ?? null).toBeNull()
    const [monthly] = (await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: 'sam@example.be' } }, depth: 0, overrideAccess: true })).docs
    expect(revealNationalRegisterNumber(monthly!.taxCertificate?.nationalRegisterNumber)).toBe(samNumber)
    // Finance reads it opened through the API.
    expect((await api.rest('finance', 'GET', `/api/donations/${ids.samOnce}?depth=0`)).body.taxCertificate.nationalRegisterNumber).toBe(samNumber)

    expect(await logOfSelfService()).toHaveLength(1)
    const confirmations = (await emailsOfKind('self-service-details-updated')).filter((email) => email.to === 'sam@example.be')
    expect(confirmations).toHaveLength(1)
    expect(confirmations[0]!.text).toContain('We have saved your national register number')
    expect(confirmations[0]!.text).not.toContain(samNumber)
    expect(confirmations[0]!.html).not.toContain(samNumber)

    const summary = await api.rest('finance', 'GET', `/api/tax-certificates/summary?year=${year}`)
    expect(summary.body).toMatchObject({ eligible: 3, withoutNationalRegisterNumber: 1 })
  })

  it('never sees the number in full again: only that one ending in its last three digits is on file', async () => {
    const page = await browse(link)
    expect(page.text).toContain(`A number ending in …${samNumber.slice(-3)} is on file.`)
    expect(page.text).not.toContain(samNumber)
    expect(page.text).not.toContain(samTyped)
    expect(page.text).not.toContain(samNumber.slice(0, 6))
  })

  it('is not asked for it while the organisation is not approved for certificates', async () => {
    await cms.payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approved: false } as never, overrideAccess: true })
    try {
      expect((await browse(link)).text).not.toContain('Your national register number')
      expect((await post(link, 'national-number', { nationalRegisterNumber: samNumber })).location).toContain('problem=closed')
    } finally {
      await cms.payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approved: true } as never, overrideAccess: true })
    }
  })
})

const logOfSelfService = async () => (await cms.payload.find({ collection: 'self-service-events', where: { action: { equals: 'updated-national-register-number' } }, pagination: false, depth: 0, overrideAccess: true })).docs

describe('the certificates’ log', () => {
  it('records every issue and download with who and when, in the database, and only finance and administrators read it', async () => {
    const finance = api.userIds.get('finance')
    expect((await api.rest('finance', 'POST', '/api/tax-certificates/issue', { year })).status).toBe(200)
    const [certificate] = (await cms.payload.find({ collection: 'tax-certificates', where: { year: { equals: year } }, sort: 'number', depth: 0, overrideAccess: true })).docs
    const get = (path: string) => fetch(`${server.url}${path}`, { headers: api.headers('finance') })
    expect((await get(`/api/tax-certificates/download/zip?year=${year}`)).status).toBe(200)
    expect((await get(`/api/tax-certificates/download/belcotax?year=${year}&part=originals&mode=test`)).status).toBe(200)
    expect((await get(`/api/tax-certificates/${certificate!.id}/pdf`)).status).toBe(200)

    const issued = await logOf('issued-year')
    expect(issued).toHaveLength(1)
    expect(issued[0]).toMatchObject({ user: finance, year, detail: expect.stringContaining('3 issued') })
    expect(new Date(String(issued[0]!.createdAt)).getTime()).toBeGreaterThan(Date.now() - 120_000)
    expect((await logOf('downloaded-zip'))[0]).toMatchObject({ user: finance, year, detail: '3 certificates' })
    expect((await logOf('downloaded-belcotax'))[0]).toMatchObject({ user: finance, year, detail: expect.stringContaining('part=originals mode=test') })
    expect((await logOf('downloaded-pdf'))[0]).toMatchObject({ user: finance, year, certificate: certificate!.id })

    // The donor's own download through the personal link, without a user.
    const samCertificate = (await cms.payload.find({ collection: 'tax-certificates', where: { email: { equals: 'sam@example.be' } }, depth: 0, overrideAccess: true })).docs[0]!
    const link = linkIn((await emailsOfKind('tax-certificate')).find((email) => email.to === 'sam@example.be')!.text)
    const own = await browse(`/api/tax-certificates/self-service/${link.split('/').pop()}/${samCertificate.id}`)
    expect(own.status).toBe(200)
    expect((await logOf('donor-downloaded-pdf'))[0]).toMatchObject({ user: null, year, certificate: samCertificate.id })

    for (const who of everyone) {
      const { status, body } = await api.rest(who, 'GET', '/api/tax-certificate-log')
      if (who === 'finance' || who === 'administrator') expect(body.totalDocs, who).toBeGreaterThanOrEqual(7)
      else expect(status, who).toBe(403)
    }
    expect((await api.rest('administrator', 'DELETE', `/api/tax-certificate-log/${issued[0]!.id}`)).status).toBe(403)
  })
})
