import { createHash, randomBytes } from 'node:crypto'
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveApi } from './support/api'
import { ApiClient, everyone, type Who } from './support/apiClient'
import { type ConnectedStripe, connectLocalStripe } from './support/localStripe'
import { approveTaxCertificates } from './support/taxCertificateSettings'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Issue 11, item 5, over HTTP on a real database (SQLite, or PostgreSQL with
 * TEST_DATABASE_URL): the certificate is in Dutch or French as the donor chose on the donate
 * page (an English-speaking donor with an English email), the old rule only for gifts that
 * never asked; the donor changes it through their personal link (logged, confirmed, the next
 * download in the new language, no correction); and finance records which Belcotax file was
 * sent, by the SHA-256 of its exact bytes, and is told when a corrections file is due.
 */
const timeout = 120_000
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let stripe: ConnectedStripe
let api: ApiClient
let visitor = 0
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()))
const withCheck = (nine: string) => nine + String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')
const numbers = { sam: withCheck('900315123'), an: withCheck('850730033'), lien: withCheck('720412155'), tom: withCheck('880101123') }
const brussels = { street: 'Avenue Louise 54', postalCode: '1050', city: 'Ixelles' }
const ghent = { street: 'Kerkstraat 12', postalCode: '9000', city: 'Gent' }

beforeAll(async () => {
  process.env.TAX_DATA_KEYS = `test:${randomBytes(32).toString('base64')}`
  cms = await startTestCms()
  server = await serveApi(cms)
  stripe = await connectLocalStripe(server.url)
  process.env.TRUSTED_PROXIES = 'loopback'
  api = new ApiClient(server.url)
  const { payload } = cms
  await api.signIn(async (role, email, password) => (await payload.create({ collection: 'users', data: { email, password, name: `${role} user`, roles: [role] }, overrideAccess: true })).id as number)
  await approveTaxCertificates(payload, { approvedFrom: year - 1, rateYears: [year] })
}, 180_000)
afterAll(async () => {
  delete process.env.TAX_DATA_KEYS
  delete process.env.TRUSTED_PROXIES
  await stripe?.disconnect()
  await server?.close()
  await cms?.close()
})

async function checkout(body: Record<string, unknown>) {
  const response = await fetch(`${server.url}/api/donations/checkout`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.12.0.${++visitor}` }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as { url?: string; errors?: Record<string, string> } }
}

/** A gift as the donate page sends it, paid through the local Stripe. */
async function give(body: Record<string, unknown>) {
  const { status, body: answer } = await checkout({ amountCents: 5000, frequency: 'once', ...body })
  expect(status, JSON.stringify(answer)).toBe(200)
  await stripe.completeCheckout(answer.url!.split('/').pop()!, { outcome: 'paid' })
}

const issue = (who: Who = 'finance') => api.rest(who, 'POST', '/api/tax-certificates/issue', { year })
const certificateOf = async (email: string) => (await cms.payload.find({ collection: 'tax-certificates', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]!
const emailsTo = async (to: string, kind: string) => (await cms.payload.find({ collection: 'email-messages', where: { and: [{ to: { equals: to } }, { kind: { equals: kind } }] }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs

async function download(who: Who, path: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${server.url}${path}`, { headers: api.headers(who) })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}

/** The PDF's text as a reader extracts it: each shown string's glyphs through the font's ToUnicode map (as taxCertificates.test.ts). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes)
  const streams = doc.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFRawStream ? [Buffer.from(decodePDFRawStream(object).decode()).toString('latin1')] : []))
  const toUnicode = new Map<string, string>()
  for (const cmap of streams.filter((stream) => stream.includes('begincmap'))) {
    for (const [, gid, unicode] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) toUnicode.set(gid.toLowerCase(), String.fromCharCode(...unicode.match(/.{4}/g)!.map((hex) => parseInt(hex, 16))))
  }
  const content = streams.filter((stream) => /\bTj\b/.test(stream)).join('\n')
  return [...content.matchAll(/<([0-9a-fA-F]*)>\s*Tj/g)].map(([, hex]) => hex.match(/.{4}/g)!.map((gid) => toUnicode.get(gid.toLowerCase()) ?? '?').join('')).join('\n')
}

const french = /Attestation n° \d{4}\/\d+/
const dutch = /Attest nr\. \d{4}\/\d+/

/** A page or action of the personal link as a browser without script asks for it. */
async function browse(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.url}${path.replace(/^https?:\/\/[^/]+/, '')}`, { redirect: 'manual', ...init, headers: { 'x-forwarded-for': `10.13.0.${++visitor}`, ...(init.headers ?? {}) } })
  return { status: response.status, location: response.headers.get('location') ?? '', text: response.headers.get('content-type')?.includes('html') ? await response.text() : '' }
}
const post = (link: string, action: string, fields: Record<string, string>) => browse(`${link}/${action}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, body: new URLSearchParams(fields).toString() })

describe('the certificate’s language, as the donor chooses', () => {
  it('is asked on an English page, where nothing is chosen for the donor', { timeout }, async () => {
    const { status, body } = await checkout({ amountCents: 5000, frequency: 'once', locale: 'en', name: 'Sam Smith', email: 'sam@example.be', taxCertificate: { nationalRegisterNumber: numbers.sam, ...ghent } })
    expect(status).toBe(400)
    expect(body.errors).toEqual({ 'taxCertificate.language': 'Choose the language of your tax certificate: Nederlands (Dutch) or Français (French).' })
    const refused = await checkout({ amountCents: 5000, frequency: 'once', locale: 'nl', name: 'Sam Smith', email: 'sam@example.be', taxCertificate: { nationalRegisterNumber: numbers.sam, ...ghent, language: 'en' } })
    expect(refused.body.errors).toEqual({ 'taxCertificate.language': 'Kies de taal van je fiscaal attest: Nederlands of Français.' })
  })

  it('is asked the same without script: the English page’s retry page asks it, nothing chosen; the Dutch page preselects Dutch', { timeout }, async () => {
    const fields = { amount: 'other', otherAmount: '50', frequency: 'once', name: 'Sam Smith', email: 'sam.form@example.be', taxOn: 'on', nationalRegisterNumber: numbers.sam, ...ghent }
    const browserPost = (body: Record<string, string>) =>
      fetch(`${server.url}/api/donations/checkout`, {
        method: 'POST',
        body: new URLSearchParams(body),
        redirect: 'manual',
        headers: { Accept: 'text/html', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document', 'X-Forwarded-For': `10.12.1.${++visitor}` },
      })
    const retryPage = async (body: Record<string, string>) => {
      const posted = await browserPost(body)
      expect(posted.status).toBe(303)
      return (await fetch(`${server.url}${new URL(posted.headers.get('location')!).pathname}`)).text()
    }
    const english = await retryPage({ ...fields, locale: 'en', nationalRegisterNumber: '1' })
    expect(english).toContain('<legend>Language of the certificate</legend>')
    expect(english).toContain('Choose the language of your tax certificate: Nederlands (Dutch) or Français (French).')
    expect(english).toContain('href="#certificateLanguage"')
    expect(english).toMatch(/<input type="radio" id="certificateLanguage" name="certificateLanguage" value="nl" aria-invalid="true">/)
    expect(english).not.toMatch(/name="certificateLanguage" value="(nl|fr)" checked/)
    const dutch = await retryPage({ ...fields, locale: 'nl', nationalRegisterNumber: '1' })
    expect(dutch).toMatch(/name="certificateLanguage" value="nl" checked/)
    expect(dutch).not.toContain('Kies de taal van je fiscaal attest')
    // Chosen, the same form goes on to the payment page.
    const chosen = await browserPost({ ...fields, locale: 'en', certificateLanguage: 'fr' })
    expect(chosen.headers.get('location')).toMatch(new RegExp(`^${stripe.url}/demo/checkout/cs_`))
    const kept = (await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'sam.form@example.be' } }, depth: 0, overrideAccess: true })).docs[0]!
    // Left unpaid: it never counts toward a certificate.
    expect(kept).toMatchObject({ status: 'open', taxCertificate: { certificateLanguage: 'fr' } })
  })

  it('gives a French PDF with an English email to the English-page donor who chose French, and French to the Dutch-page donor who chose it', { timeout }, async () => {
    // Sam lives in Ghent (the old rule would say Dutch) and chose French on the English page.
    await give({ locale: 'en', name: 'Sam Smith', email: 'sam@example.be', taxCertificate: { nationalRegisterNumber: numbers.sam, ...ghent, language: 'fr' } })
    // An on the Dutch page, who chose French.
    await give({ locale: 'nl', name: 'An Peeters', email: 'an@example.be', taxCertificate: { nationalRegisterNumber: numbers.an, ...ghent, language: 'fr' } })
    // Lien on the French page, sent without a language (as before the question): the page's.
    await give({ locale: 'fr', name: 'Lien Maes', email: 'lien@example.be', taxCertificate: { nationalRegisterNumber: numbers.lien, ...brussels } })
    // Tom, recorded by hand in English, in Brussels: no choice, so the old rule (French for Brussels).
    await cms.payload.create({
      collection: 'donations',
      data: { source: 'offline', kind: 'other', status: 'paid', amountCents: 6000, receivedAt: new Date().toISOString(), donorName: 'Tom Jones', donorEmail: 'tom@example.be', locale: 'en', taxCertificate: { requested: true, nationalRegisterNumber: numbers.tom, ...brussels } } as never,
      overrideAccess: true,
    })
    const stored = (await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'sam@example.be' } }, depth: 0, overrideAccess: true })).docs[0]!
    expect(stored.taxCertificate?.certificateLanguage).toBe('fr')

    const issued = await issue()
    expect(issued.status, JSON.stringify(issued.body)).toBe(200)
    expect(issued.body).toMatchObject({ issued: 4 })
    const languages = Object.fromEntries(await Promise.all(['sam', 'an', 'lien', 'tom'].map(async (who) => [who, (await certificateOf(`${who}@example.be`)).language])))
    expect(languages).toEqual({ sam: 'fr', an: 'fr', lien: 'fr', tom: 'fr' })

    const [samMail] = await emailsTo('sam@example.be', 'tax-certificate')
    expect(samMail).toMatchObject({ locale: 'en', subject: `Your tax certificate for ${year}` })
    const [anMail] = await emailsTo('an@example.be', 'tax-certificate')
    expect(anMail).toMatchObject({ locale: 'nl', subject: `Je fiscaal attest voor ${year}` })

    for (const who of ['sam', 'an']) {
      const certificate = await certificateOf(`${who}@example.be`)
      const text = await pdfText((await download('finance', `/api/tax-certificates/${certificate.id}/pdf`)).bytes)
      expect(text, who).toMatch(french)
      expect(text, who).not.toMatch(dutch)
    }
    // The donor's own download through the link in the English email: French too.
    const token = /\/self-service\/([^/\s"?]+)/.exec(String(samMail!.text))![1]
    const own = await download('anonymous', `/api/tax-certificates/self-service/${token}/${(await certificateOf('sam@example.be')).id}`)
    expect(own.status).toBe(200)
    expect(await pdfText(own.bytes)).toMatch(french)
  })

  it('is changed by the donor through their personal link: logged, confirmed in their language, the next download in the new language, nothing corrected', { timeout }, async () => {
    const [samMail] = await emailsTo('sam@example.be', 'tax-certificate')
    const link = `/api/self-service/${/\/api\/self-service\/([A-Za-z0-9._-]+)/.exec(String(samMail!.text))![1]}`
    const page = await browse(link)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Language of your certificate')
    expect(page.text).toMatch(/value="fr" checked/)

    expect((await post(link, 'certificate-language', { certificateLanguage: 'en' })).location).toContain('problem=certificateLanguage')
    const before = await certificateOf('sam@example.be')
    const done = await post(link, 'certificate-language', { certificateLanguage: 'nl' })
    expect(done.status).toBe(303)
    expect(done.location).toContain('done=certificateLanguage')

    const after = await certificateOf('sam@example.be')
    expect(after).toMatchObject({ language: 'nl', status: before.status, version: before.version, amountCents: before.amountCents, number: before.number })
    const text = await pdfText((await download('anonymous', `/api/tax-certificates/self-service/${/\/self-service\/([^/\s"?]+)/.exec(String(samMail!.text))![1]}/${after.id}`)).bytes)
    expect(text).toMatch(dutch)
    const gifts = (await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'sam@example.be' } }, depth: 0, overrideAccess: true })).docs
    expect(gifts.map((gift) => gift.taxCertificate?.certificateLanguage)).toEqual(['nl'])
    // The number stays sealed as it was.
    expect(String(gifts[0]!.taxCertificate?.nationalRegisterNumber)).toMatch(/^enc1:/)

    const events = (await cms.payload.find({ collection: 'self-service-events', where: { action: { equals: 'changed-certificate-language' } }, depth: 0, overrideAccess: true })).docs
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ personKind: 'donor', subjectCollection: 'donations' })
    const [confirmation] = await emailsTo('sam@example.be', 'self-service-details-updated')
    expect(confirmation).toMatchObject({ locale: 'en' })
    expect(String(confirmation!.text)).toContain('the language you chose for your tax certificates')

    // Not a correction: issuing again changes nothing and emails nobody.
    expect((await issue()).body).toMatchObject({ added: 0, corrected: 0, cancelled: 0, emailed: 0 })
    expect((await certificateOf('sam@example.be')).language).toBe('nl')
  })

  it('follows a choice finance records on a gift when the year is issued again, without a correction, and is in finance’s export', { timeout }, async () => {
    const [gift] = (await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'an@example.be' } }, depth: 0, overrideAccess: true })).docs
    await cms.payload.update({ collection: 'donations', id: gift!.id, data: { taxCertificate: { ...gift!.taxCertificate, certificateLanguage: 'nl' } } as never, overrideAccess: true })
    const before = await certificateOf('an@example.be')
    expect(before.language).toBe('fr')

    expect((await issue()).body).toMatchObject({ added: 0, corrected: 0, cancelled: 0, emailed: 0 })
    const after = await certificateOf('an@example.be')
    expect(after).toMatchObject({ language: 'nl', status: before.status, version: before.version, amountCents: before.amountCents, number: before.number })
    expect(await pdfText((await download('finance', `/api/tax-certificates/${after.id}/pdf`)).bytes)).toMatch(dutch)

    const csv = (await download('finance', '/api/donations/export.csv')).bytes.toString('utf8').split('\r\n')
    const column = csv[0]!.split(',').indexOf('certificate_language')
    expect(column).toBeGreaterThan(0)
    const languageOfRow = (email: string) => csv.find((line) => line.includes(email))!.split(',')[column]
    expect({ an: languageOfRow('an@example.be'), sam: languageOfRow('sam@example.be'), tom: languageOfRow('tom@example.be') }).toEqual({ an: 'nl', sam: 'nl', tom: '' })
  })
})

describe('recording the Belcotax file sent to Belcotax-on-web', () => {
  const sent = (who: Who, bytes: Uint8Array, forYear = year) =>
    fetch(`${server.url}/api/tax-certificates/belcotax-sent?year=${forYear}`, { method: 'POST', headers: { ...api.headers(who), 'Content-Type': 'application/xml' }, body: new Uint8Array(bytes) }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }))
  const sendings = async () => (await cms.payload.find({ collection: 'tax-certificate-log', where: { action: { equals: 'sent-belcotax' } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs
  const summary = async () => (await api.rest('finance', 'GET', `/api/tax-certificates/summary?year=${year}`)).body

  it('is refused to every role but finance and administrators', { timeout }, async () => {
    const file = await download('finance', `/api/tax-certificates/download/belcotax?year=${year}&part=originals&mode=real`)
    expect(file.status, file.bytes.toString()).toBe(200)
    for (const who of everyone.filter((role) => role !== 'finance' && role !== 'administrator')) {
      expect((await sent(who, file.bytes)).status, who).toBe(who === 'anonymous' ? 401 : 403)
    }
    expect(await sendings()).toHaveLength(0)
    expect((await summary()).belcotax).toEqual({ correctionsDue: 0 })
  })

  it('stores who, when, which file, how many certificates and the SHA-256 of the exact bytes, and refuses a file that is not the year’s real one', { timeout }, async () => {
    const test = await download('finance', `/api/tax-certificates/download/belcotax?year=${year}&part=originals&mode=test`)
    const refusedTest = await sent('finance', test.bytes)
    expect(refusedTest.status).toBe(422)
    expect(refusedTest.body.problems).toEqual([expect.stringContaining('test file (BCTEST)')])
    expect((await sent('finance', Buffer.from('<not-xml'))).status).toBe(422)

    const file = await download('finance', `/api/tax-certificates/download/belcotax?year=${year}&part=originals&mode=real`)
    expect((await sent('finance', file.bytes, year - 1)).status).toBe(422)
    // The bytes as sent, a trailing newline included: the fingerprint is of these, not of a file made again.
    const bytes = Buffer.concat([file.bytes, Buffer.from('\n')])
    const recorded = await sent('administrator', bytes)
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    expect(recorded.body).toMatchObject({ part: 'originals', certificates: 4, sha256 })
    expect(sha256).not.toBe(createHash('sha256').update(file.bytes).digest('hex'))

    const [line] = await sendings()
    expect(line).toMatchObject({ year, user: api.userIds.get('administrator'), filePart: 'originals', certificateCount: 4, sha256 })
    expect((await summary()).belcotax).toEqual({ lastSent: { at: line!.createdAt, by: 'administrator user', part: 'originals', certificates: 4, sha256 }, correctionsDue: 0 })
  })

  it('warns once certificates are corrected or added after the sending, until a corrections file is recorded', { timeout }, async () => {
    const tom = (await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'tom@example.be' } }, depth: 0, overrideAccess: true })).docs[0]!
    await cms.payload.update({ collection: 'donations', id: tom.id, data: { refundedCents: 1000 }, overrideAccess: true })
    expect((await issue()).body).toMatchObject({ corrected: 1 })
    expect((await summary()).belcotax.correctionsDue).toBe(1)

    const corrections = await download('finance', `/api/tax-certificates/download/belcotax?year=${year}&part=corrections&mode=real`)
    const recorded = await sent('finance', corrections.bytes)
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201)
    expect(recorded.body).toMatchObject({ part: 'corrections', certificates: 1, sha256: createHash('sha256').update(corrections.bytes).digest('hex') })
    const after = (await summary()).belcotax
    expect(after).toMatchObject({ lastSent: { part: 'corrections', by: 'finance user', certificates: 1 }, correctionsDue: 0 })
    expect(await sendings()).toHaveLength(2)
  })
})
