import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatIban } from '../../domain/iban'
import { parseStructuredCommunication, structuredCommunicationDigits, structuredCommunicationFor } from '../../domain/StructuredCommunication'
import { enterpriseNumberCheckDigits } from '../../domain/tax/EnterpriseNumber'
import { type CodaCredit, codaStatementWith, documentOf, entry, OUR_IBAN, statement, transaction } from '../support/bankStatementFiles'
import { serveApi } from './support/api'
import { ApiClient, everyone, type Who } from './support/apiClient'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Issue 11, items 1 and 3, over HTTP on a real database (SQLite, or PostgreSQL with
 * TEST_DATABASE_URL): finance's tax certificate settings, the structured communications
 * the donate page asks for (JSON and a browser's own form post), and bank statements
 * (CODA and CAMT.053, built here) whose known transfers become gifts exactly once.
 */
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let api: ApiClient
let visitor = 0
// The CMS's modules read the database address when first imported: only once startTestCms has set it.
let givingSettings: typeof import('../../cms/payments/settings').givingSettings
let fundraisingProgress: typeof import('../../cms/payments/progress').fundraisingProgress
let taxReduction: typeof import('../../cms/globals/TaxCertificateSettings').taxReduction
const year = new Date().getFullYear()
const bookingDay = `${year}-03-15`

beforeAll(async () => {
  cms = await startTestCms()
  server = await serveApi(cms)
  api = new ApiClient(server.url)
  ;({ givingSettings } = await import('../../cms/payments/settings'))
  ;({ fundraisingProgress } = await import('../../cms/payments/progress'))
  ;({ taxReduction } = await import('../../cms/globals/TaxCertificateSettings'))
  const { payload } = cms
  await api.signIn(async (role, email, password) => (await payload.create({ collection: 'users', data: { email, password, name: role, roles: [role] }, overrideAccess: true })).id as number)
  await payload.updateGlobal({
    slug: 'organisation',
    data: { _status: 'published', name: 'JRS Belgium', description: 'Jesuit Refugee Service Belgium', bankAccount: { accountHolder: 'JRS Belgium', iban: OUR_IBAN }, fundraising: { goalEuros: 150_000, year } },
    overrideAccess: true,
  })
  await payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approved: true, approvedFrom: 2024, reductionRates: [{ year: 2024, percent: 45 }, { year, percent: 30 }] }, overrideAccess: true })
}, 180_000)
afterAll(async () => {
  await server?.close()
  await cms?.close()
})

/** Each request from a visitor of its own, so that the forms' limits per visitor stay out of the way. */
const from = () => ({ 'X-Forwarded-For': `203.0.113.${++visitor % 250}` })

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...from(), ...headers }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, any> }
}

async function issueReference(donor: { name: string; email: string; locale: 'nl' | 'fr' | 'en'; amountCents?: number; taxCertificate?: boolean; certificateLanguage?: 'nl' | 'fr' }) {
  const { status, body } = await post('/api/bank-transfer-references', donor)
  expect(status, JSON.stringify(body)).toBe(201)
  return body.communication as string
}

function upload(who: Who, name: string, content: string | Uint8Array) {
  const form = new FormData()
  form.append('file', new File([content as BlobPart], name))
  return api.rest(who, 'POST', '/api/bank-statements/upload', form)
}

const donationsOf = async (communication: string) =>
  (await cms.payload.find({ collection: 'donations', where: { structuredCommunication: { equals: communication } }, depth: 0, overrideAccess: true })).docs
const thankYous = async (to: string) =>
  (await cms.payload.find({ collection: 'email-messages', where: { and: [{ to: { equals: to } }, { kind: { equals: 'donation-thank-you' } }] }, depth: 0, overrideAccess: true })).docs
const linesToReview = async () =>
  (await cms.payload.find({ collection: 'bank-statement-lines', where: { status: { equals: 'to-review' } }, depth: 0, overrideAccess: true, sort: 'amountCents' })).docs

const codaFile = (sequence: string, credits: CodaCredit[]) => codaStatementWith({ sequence, day: bookingDay, credits })

describe('tax certificate settings', () => {
  it('are read and changed by finance and administrators only', async () => {
    for (const who of everyone) {
      const read = await api.rest(who, 'GET', '/api/globals/tax-certificate-settings?depth=0')
      const allowed = who === 'finance' || who === 'administrator'
      expect(read.status === 200, `${who} reads: ${read.status}`).toBe(allowed)
      if (!allowed) expect(read.body.reductionRates, who).toBeUndefined()
    }
    const refused = await api.rest('communication-officer', 'POST', '/api/globals/tax-certificate-settings', { approved: false })
    expect(refused.status).toBe(403)
    expect((await cms.payload.findGlobal({ slug: 'tax-certificate-settings', overrideAccess: true })).approved).toBe(true)
  })

  it('check the enterprise number (mod 97) and the rates, with the error in the staff member’s language', async () => {
    const valid = `04174971${enterpriseNumberCheckDigits('04174971')}`
    const wrong = `04174971${String((Number(enterpriseNumberCheckDigits('04174971')) % 97) + 1).padStart(2, '0')}`
    const send = (body: unknown, language: string) =>
      fetch(`${server.url}/api/globals/tax-certificate-settings`, { method: 'POST', headers: { ...api.headers('finance'), 'Content-Type': 'application/json', 'Accept-Language': language }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, text: await r.text() }))

    const french = await send({ enterpriseNumber: wrong }, 'fr')
    expect(french.status).toBe(400)
    expect(french.text).toContain('n’est pas valable')
    const dutch = await send({ enterpriseNumber: wrong }, 'nl')
    expect(dutch.text).toContain('geen geldig ondernemingsnummer')
    const twice = await send({ reductionRates: [{ year: 2025, percent: 30 }, { year: 2025, percent: 45 }] }, 'en')
    expect(twice.status).toBe(400)
    expect(twice.text).toContain('2025 has more than one rate')

    const saved = await send({ enterpriseNumber: `BE ${valid}`, signatory: { name: 'An Peeters', function: 'Director' }, belcotaxContact: { name: 'Jan Janssens', phone: '+32 2 738 08 18', email: 'finance@example.org' } }, 'en')
    expect(saved.status, saved.text).toBe(200)
    const settings = await cms.payload.findGlobal({ slug: 'tax-certificate-settings', overrideAccess: true })
    expect(settings.enterpriseNumber).toBe(`${valid.slice(0, 4)}.${valid.slice(4, 7)}.${valid.slice(7)}`)
    expect(settings.minimumCents).toBe(4000)
  })

  it('give the donate page the rate of the current year only while approved for it', async () => {
    expect(await taxReduction(cms.payload)).toEqual({ year, percent: 30, minimumCents: 4000 })
    expect(await taxReduction(cms.payload, { year: 2024 })).toEqual({ year: 2024, percent: 45, minimumCents: 4000 })
    const req = { payload: cms.payload } as never
    expect((await givingSettings(req)).taxCertificates).toBe(true)

    await cms.payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approvedUntil: year - 1 }, overrideAccess: true })
    expect(await taxReduction(cms.payload)).toBeUndefined()
    expect((await givingSettings(req)).taxCertificates).toBe(false)
    // Not approved for this year: a certificate cannot be asked for.
    const refused = await post('/api/bank-transfer-references', { locale: 'en', name: 'Ann', email: 'ann@example.org', taxCertificate: true })
    expect(refused.status).toBe(400)
    expect(refused.body.errors.taxCertificate).toBeTruthy()
    await cms.payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approvedUntil: null }, overrideAccess: true })
  })
})

describe('structured communications issued to donors', () => {
  it('are issued by the server, tied to the donor, different each time', async () => {
    const first = await issueReference({ name: 'Claire Dubois', email: 'claire@example.org', locale: 'fr', amountCents: 5000, taxCertificate: true })
    const second = await issueReference({ name: 'Claire Dubois', email: 'claire@example.org', locale: 'fr' })
    expect(parseStructuredCommunication(first)).toBe(first)
    expect(second).not.toBe(first)
    const { docs } = await cms.payload.find({ collection: 'bank-transfer-references', where: { communication: { equals: first } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ donorName: 'Claire Dubois', donorEmail: 'claire@example.org', locale: 'fr', taxCertificateRequested: true, amountCents: 5000, certificateLanguage: 'fr' })
  })

  it('keep the certificate’s language the donor chose, which an English page asks for', async () => {
    const unchosen = await post('/api/bank-transfer-references', { locale: 'en', name: 'Sam Smith', email: 'sam@example.org', taxCertificate: true })
    expect(unchosen.status).toBe(400)
    expect(unchosen.body.errors).toEqual({ certificateLanguage: 'Choose the language of your tax certificate: Nederlands (Dutch) or Français (French).' })
    const chosen = await issueReference({ name: 'Sam Smith', email: 'sam@example.org', locale: 'en', taxCertificate: true, certificateLanguage: 'nl' })
    const { docs } = await cms.payload.find({ collection: 'bank-transfer-references', where: { communication: { equals: chosen } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ locale: 'en', taxCertificateRequested: true, certificateLanguage: 'nl' })
  })

  it('refuse bad input in the visitor’s language, and are never made by staff through the API', async () => {
    const bad = await post('/api/bank-transfer-references', { locale: 'nl', name: '', email: 'not-an-email' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.name).toBe('Vul dit veld in.')
    expect(bad.body.errors.email).toMatch(/geldig e-mailadres/)
    const staff = await api.rest('finance', 'POST', '/api/bank-transfer-references', { communication: structuredCommunicationFor(42), donorName: 'X', donorEmail: 'x@example.org', locale: 'nl' })
    expect(staff.status).toBe(403)
  })

  it('work without script: the form post lands on a page with the communication, the account and the amount', async () => {
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', 'Sec-Fetch-Mode': 'navigate', ...from() }
    const body = new URLSearchParams({ locale: 'nl', bankName: 'Jan Peeters', bankEmail: 'jan@example.org', bankAmount: '25,50' })
    const posted = await fetch(`${server.url}/api/bank-transfer-references`, { method: 'POST', headers, body, redirect: 'manual' })
    expect(posted.status).toBe(303)
    const location = posted.headers.get('location')!
    const digits = /\/api\/bank-transfer-references\/instructions\/(\d{12})$/.exec(location)?.[1]
    expect(digits, location).toBeTruthy()
    const communication = parseStructuredCommunication(digits!)!
    const { docs } = await cms.payload.find({ collection: 'bank-transfer-references', where: { communication: { equals: communication } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ donorName: 'Jan Peeters', donorEmail: 'jan@example.org', locale: 'nl', amountCents: 2550 })

    const page = await fetch(`${server.url}${new URL(location).pathname}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain(communication)
    expect(html).toContain(formatIban(OUR_IBAN))
    expect(html).toMatch(/25,50/)
    expect(html).toContain('<svg')
    expect(html).not.toContain('jan@example.org')

    const refused = await fetch(`${server.url}/api/bank-transfer-references`, { method: 'POST', headers: { ...headers, ...from() }, body: new URLSearchParams({ locale: 'nl', bankName: 'Jan', bankEmail: 'nope' }), redirect: 'manual' })
    expect(refused.status).toBe(303)
    const retry = await fetch(refused.headers.get('location')!.replace(/^https?:\/\/[^/]+/, server.url))
    const retryPage = await retry.text()
    expect(retry.status).toBe(200)
    expect(retryPage).toContain('name="bankEmail"')
    expect(retryPage).toContain('value="Jan"')
  })
})

describe('bank statements', () => {
  let anna: string
  let luc: string

  it('record each known transfer once as the donor’s gift, thank them in their language, and count it toward the goal', async () => {
    anna = await issueReference({ name: 'Anna Claes', email: 'anna@example.org', locale: 'nl', amountCents: 6000, taxCertificate: true, certificateLanguage: 'fr' })
    luc = await issueReference({ name: 'Luc Martin', email: 'luc@example.org', locale: 'fr' })
    const before = await fundraisingProgress(cms.payload)
    const file = codaFile('041', [
      { cents: 6_000, structured: anna, name: 'ANNA CLAES' },
      // Typed by the donor into a free communication: still theirs.
      { cents: 2_500, free: `gift ${luc}`, name: 'LUC MARTIN' },
      { cents: 1_000, structured: structuredCommunicationFor(1234567), name: 'SOMEONE' },
      { cents: 1_500, free: 'FOR YOUR WORK', name: 'NOBODY KNOWN' },
    ])

    const first = await upload('finance', 'march.cod', file)
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body).toMatchObject({ format: 'coda', credits: 4, recorded: 2, toReview: 2, alreadyKnown: 0 })

    const [annasGift] = await donationsOf(anna)
    expect(annasGift).toMatchObject({ source: 'offline', kind: 'bank-transfer', status: 'paid', amountCents: 6_000, donorName: 'Anna Claes', donorEmail: 'anna@example.org', locale: 'nl' })
    expect(annasGift!.receivedAt.slice(0, 10)).toBe(bookingDay)
    // Her certificate request comes with the gift, in the language she chose on the Dutch page.
    expect(annasGift!.taxCertificate).toMatchObject({ requested: true, certificateLanguage: 'fr' })
    expect((await donationsOf(luc))[0]).toMatchObject({ amountCents: 2_500, donorEmail: 'luc@example.org', locale: 'fr' })
    const [annaThanks] = await thankYous('anna@example.org')
    expect(annaThanks).toMatchObject({ locale: 'nl' })
    expect(annaThanks!.subject).toContain('Bedankt')
    // The rate of the gift's year, from the settings.
    expect(annaThanks!.text).toContain('belastingvermindering van 30 %')
    expect((await thankYous('luc@example.org'))[0]!.subject).toContain('Merci')
    expect((await linesToReview()).map((line) => line.amountCents)).toEqual([1_000, 1_500])

    const after = await fundraisingProgress(cms.payload)
    expect(after.raisedCents - before.raisedCents).toBe(8_500)
    const progress = await (await fetch(`${server.url}/api/donations/progress`)).json()
    expect(progress.raisedCents).toBe(after.raisedCents)

    // The same statement again: every line already known, nothing recorded or sent twice.
    const again = await upload('finance', 'march-again.cod', file)
    expect(again.body).toMatchObject({ credits: 4, recorded: 0, toReview: 0, alreadyKnown: 4 })
    expect(await donationsOf(anna)).toHaveLength(1)
    expect(await thankYous('anna@example.org')).toHaveLength(1)
    expect(await linesToReview()).toHaveLength(2)
    expect((await fundraisingProgress(cms.payload)).raisedCents).toBe(after.raisedCents)
  })

  it('record a gift once when the same CAMT.053 statement is uploaded twice at the same moment', async () => {
    const eva = await issueReference({ name: 'Eva Smit', email: 'eva@example.org', locale: 'en' })
    const xml = documentOf([
      statement({ id: 'STMT-077', sequence: '77', closingDate: bookingDay, entries: [entry({ ref: '1', bankRef: 'B-EVA-1', amount: '40.00', booked: bookingDay, transactions: [transaction({ debtor: 'Eva Smit', iban: 'NL91ABNA0417164300', structured: structuredCommunicationDigits(eva as never) })] })] }),
    ])
    const results = await Promise.all([upload('finance', 'camt-a.xml', xml), upload('administrator', 'camt-b.xml', xml)])
    for (const result of results) expect(result.status, JSON.stringify(result.body)).toBe(201)
    expect(results.map((r) => r.body.format)).toEqual(['camt053', 'camt053'])
    expect(results.reduce((sum, r) => sum + r.body.recorded, 0)).toBe(1)
    expect(results.reduce((sum, r) => sum + r.body.alreadyKnown, 0)).toBe(1)
    const gifts = await donationsOf(eva)
    expect(gifts).toHaveLength(1)
    expect(gifts[0]).toMatchObject({ amountCents: 4_000, locale: 'en' })
    const thanks = await thankYous('eva@example.org')
    expect(thanks).toHaveLength(1)
    expect(thanks[0]!.subject).toContain('Thank you')

    // Not only a check before writing: the database itself refuses a second line, and a second gift for a line.
    const [line] = (await cms.payload.find({ collection: 'bank-statement-lines', where: { donation: { equals: gifts[0]!.id } }, depth: 0, overrideAccess: true })).docs
    await expect(cms.payload.create({ collection: 'bank-statement-lines', data: { lineKey: line!.lineKey, status: 'to-review', bookingDate: line!.bookingDate, amountCents: 4_000 }, overrideAccess: true })).rejects.toThrow()
    await expect(cms.payload.create({ collection: 'donations', data: { source: 'offline', kind: 'bank-transfer', status: 'paid', amountCents: 4_000, receivedAt: line!.bookingDate, bankStatementLine: line!.id }, overrideAccess: true })).rejects.toThrow()
    expect(await donationsOf(eva)).toHaveLength(1)
  })

  it('leave the others to finance, who assign or ignore each once, logged with who and when', async () => {
    const [unknown, nobody] = await linesToReview()
    expect(unknown && nobody).toBeTruthy()
    expect((await api.rest('communication-officer', 'POST', `/api/bank-statement-lines/${unknown!.id}/assign`, { communication: anna })).status).toBe(403)
    expect((await api.rest('anonymous', 'POST', `/api/bank-statement-lines/${unknown!.id}/ignore`, {})).status).toBe(401)

    const unknownCommunication = await api.rest('finance', 'POST', `/api/bank-statement-lines/${unknown!.id}/assign`, { communication: structuredCommunicationFor(7654321) })
    expect(unknownCommunication.status).toBe(400)

    const assigned = await api.rest('finance', 'POST', `/api/bank-statement-lines/${unknown!.id}/assign`, { communication: anna })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    const line = await cms.payload.findByID({ collection: 'bank-statement-lines', id: unknown!.id, depth: 0, overrideAccess: true })
    expect(line).toMatchObject({ status: 'assigned', handledBy: api.userIds.get('finance') })
    expect(line.handledAt).toBeTruthy()
    expect(await donationsOf(anna)).toHaveLength(1) // the line kept its own communication
    const annas = (await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'anna@example.org' } }, overrideAccess: true, sort: 'amountCents' })).docs
    expect(annas.map((gift) => gift.amountCents)).toEqual([1_000, 6_000])
    expect(await thankYous('anna@example.org')).toHaveLength(2)
    expect((await api.rest('finance', 'POST', `/api/bank-statement-lines/${unknown!.id}/assign`, { communication: anna })).status).toBe(409)
    expect((await api.rest('finance', 'POST', `/api/bank-statement-lines/${unknown!.id}/ignore`, {})).status).toBe(409)

    const ignored = await api.rest('administrator', 'POST', `/api/bank-statement-lines/${nobody!.id}/ignore`, { note: 'Refund from the insurer' })
    expect(ignored.status).toBe(200)
    expect(await cms.payload.findByID({ collection: 'bank-statement-lines', id: nobody!.id, depth: 0, overrideAccess: true })).toMatchObject({ status: 'ignored', note: 'Refund from the insurer', handledBy: api.userIds.get('administrator') })
    expect(await linesToReview()).toHaveLength(0)
  })

  it('can be assigned to a donor named by finance, thanked in their language', async () => {
    const file = codaFile('042', [{ cents: 3_300, free: 'VOOR JULLIE WERK', name: 'PIET' }])
    expect((await upload('finance', 'april.cod', file)).body).toMatchObject({ recorded: 0, toReview: 1 })
    const [line] = await linesToReview()
    // No longer approved: the thank-you says nothing about tax.
    await cms.payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approved: false }, overrideAccess: true })
    const assigned = await api.rest('finance', 'POST', `/api/bank-statement-lines/${line!.id}/assign`, { donor: { name: 'Piet Janssens', email: 'piet@example.org', locale: 'en' } })
    await cms.payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approved: true }, overrideAccess: true })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    const thanks = await thankYous('piet@example.org')
    expect(thanks).toHaveLength(1)
    expect(thanks[0]).toMatchObject({ locale: 'en' })
    expect(thanks[0]!.text).toContain('Thank you')
    expect(thanks[0]!.text).not.toContain('tax reduction')
  })

  it('are uploaded by finance and administrators only, and a file that is not a statement is refused with a reason', async () => {
    const file = codaFile('043', [{ cents: 100, free: 'X', name: 'X' }])
    for (const who of ['anonymous', 'communication-officer', 'volunteer-coordinator', 'goods'] as const) {
      const refused = await upload(who, 'x.cod', file)
      expect([401, 403], `${who}: ${refused.status}`).toContain(refused.status)
    }
    expect(await cms.payload.count({ collection: 'bank-statement-lines', where: { lineKey: { like: ':043:' } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
    const garbage = await upload('finance', 'photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))
    expect(garbage.status).toBe(400)
    expect(garbage.body.error).toMatch(/cannot be read as a bank statement/)
    const huge = await upload('finance', 'huge.xml', new Uint8Array(11 * 1024 * 1024))
    expect(huge.status).toBe(413)
  })
})
