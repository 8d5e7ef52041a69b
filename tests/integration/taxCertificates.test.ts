import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { XMLParser } from 'fast-xml-parser'
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { serveApi } from './support/api'
import { ApiClient, everyone, type Who } from './support/apiClient'
import { approveTaxCertificates, enterpriseNumber } from './support/taxCertificateSettings'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Issue 11, items 4 and 5, over HTTP on a real database (SQLite, or PostgreSQL with
 * TEST_DATABASE_URL): a year of gifts of every kind becomes gap-free certificates, issued
 * once; a refund corrects or cancels one; the PDFs (read back as text through their own
 * ToUnicode maps) and the Belcotax file (checked against the administration's schema)
 * carry the same numbers; the donors are emailed once, in their language; and only
 * finance and administrators reach any of it.
 */
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let api: ApiClient
const year = 2025
const schema = readFileSync(resolve(import.meta.dirname, '../../../shared/belcotax/Belcotax-2024.xsd'), 'utf8')
const withCheck = (nine: string) => nine + String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')
const jan = withCheck('720412155')
const marie = withCheck('850730033')
const ids: Record<string, number> = {}

async function gift(key: string, data: Record<string, unknown>) {
  const doc = await cms.payload.create({ collection: 'donations', data: { source: 'offline', status: 'paid', ...data } as never, overrideAccess: true })
  ids[key] = doc.id as number
}

beforeAll(async () => {
  process.env.TAX_DATA_KEYS = `test:${randomBytes(32).toString('base64')}`
  cms = await startTestCms()
  server = await serveApi(cms)
  api = new ApiClient(server.url)
  const { payload } = cms
  await api.signIn(async (role, email, password) => (await payload.create({ collection: 'users', data: { email, password, name: role, roles: [role] }, overrideAccess: true })).id as number)
  await approveTaxCertificates(payload, { approvedFrom: 2024, rateYears: [2025, 2026] })
  const janAddress = { street: 'Kerkstraat 12', postalCode: '9000', city: 'Gent' }
  // Jan Peeters: one-time with his number, a bank transfer from another address with the same number, three monthly payments without it.
  await gift('janOnce', { kind: 'one-time', amountCents: 3000, receivedAt: `${year}-02-01T10:00:00Z`, donorName: 'Jan Peeters', donorEmail: 'jan@example.be', locale: 'nl', taxCertificate: { requested: true, nationalRegisterNumber: jan, ...janAddress } })
  await gift('janTransfer', { kind: 'bank-transfer', amountCents: 2000, receivedAt: `${year}-05-01T10:00:00Z`, donorName: 'Jan Peeters', donorEmail: 'jan.work@example.be', locale: 'nl', taxCertificate: { requested: true, nationalRegisterNumber: jan, ...janAddress } })
  for (const month of ['03', '04', '06']) await gift(`janMonthly${month}`, { kind: 'monthly', amountCents: 500, receivedAt: `${year}-${month}-05T10:00:00Z`, donorName: 'Jan Peeters', donorEmail: 'JAN@example.be', locale: 'nl', taxCertificate: janAddress })
  // Not counted: a gift of the year before, and one not received.
  await gift('janLastYear', { kind: 'one-time', amountCents: 9000, receivedAt: `${year - 1}-12-20T10:00:00Z`, donorName: 'Jan Peeters', donorEmail: 'jan@example.be', locale: 'nl' })
  await gift('janPending', { kind: 'one-time', status: 'pending', amountCents: 9000, receivedAt: `${year}-07-01T10:00:00Z`, donorName: 'Jan Peeters', donorEmail: 'jan@example.be', locale: 'nl' })
  // Marie Dubois: a gift recorded by hand, and a one-time gift refunded in full.
  await gift('marieByHand', { kind: 'other', amountCents: 10000, receivedAt: `${year}-09-10T10:00:00Z`, donorName: 'Marie Dubois', donorEmail: 'marie@example.be', locale: 'fr', taxCertificate: { requested: true, nationalRegisterNumber: marie, street: 'Rue de l’Église 3', postalCode: '4000', city: 'Liège' } })
  await gift('marieRefunded', { kind: 'one-time', status: 'refunded', amountCents: 5000, refundedCents: 5000, receivedAt: `${year}-10-10T10:00:00Z`, donorName: 'Marie Dubois', donorEmail: 'marie@example.be', locale: 'fr' })
  // Sam Smith, English-speaking, in Brussels, without a number (tolerated for 2025).
  await gift('sam', { kind: 'one-time', amountCents: 4500, receivedAt: `${year}-11-11T10:00:00Z`, donorName: 'Sam Smith', donorEmail: 'sam@example.be', locale: 'en', taxCertificate: { requested: true, street: 'Avenue Louise 54', postalCode: '1050', city: 'Ixelles' } })
  // Piet Claes: under the minimum.
  await gift('piet', { kind: 'bank-transfer', amountCents: 2500, receivedAt: `${year}-12-31T22:30:00Z`, donorName: 'Piet Claes', donorEmail: 'piet@example.be', locale: 'nl', taxCertificate: { street: 'Markt 1', postalCode: '2000', city: 'Antwerpen' } })
}, 180_000)
afterAll(async () => {
  delete process.env.TAX_DATA_KEYS
  await server?.close()
  await cms?.close()
})

const certificates = async () => (await cms.payload.find({ collection: 'tax-certificates', where: { year: { equals: year } }, sort: 'number', depth: 0, overrideAccess: true })).docs
const certificateEmails = async () => (await cms.payload.find({ collection: 'email-messages', where: { kind: { equals: 'tax-certificate' } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs
const issue = (who: Who, forYear = year) => api.rest(who, 'POST', '/api/tax-certificates/issue', { year: forYear })

async function download(who: Who, path: string): Promise<{ status: number; bytes: Buffer; type: string }> {
  const response = await fetch(`${server.url}${path}`, { headers: api.headers(who) })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') ?? '' }
}

/** The files of a ZIP made by zipWriter.ts (sizes in each local header). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  let at = 0
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18)
    const nameLength = zip.readUInt16LE(at + 26)
    const extra = zip.readUInt16LE(at + 28)
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8')
    const start = at + 30 + nameLength + extra
    files.set(name, inflateRawSync(zip.subarray(start, start + size)))
    at = start + size
  }
  return files
}

/**
 * The PDF's text as a reader would extract it: each shown string's glyph ids through the
 * font's ToUnicode map, one drawn line per line.
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes)
  const streams = doc.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFRawStream ? [Buffer.from(decodePDFRawStream(object).decode()).toString('latin1')] : []))
  const toUnicode = new Map<string, string>()
  for (const cmap of streams.filter((stream) => stream.includes('begincmap'))) {
    for (const [, gid, unicode] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) toUnicode.set(gid.toLowerCase(), String.fromCharCode(...unicode.match(/.{4}/g)!.map((hex) => parseInt(hex, 16))))
  }
  expect(toUnicode.size).toBeGreaterThan(20)
  const content = streams.filter((stream) => /\bTj\b/.test(stream)).join('\n')
  return [...content.matchAll(/<([0-9a-fA-F]*)>\s*Tj/g)].map(([, hex]) => hex.match(/.{4}/g)!.map((gid) => toUnicode.get(gid.toLowerCase()) ?? '?').join('')).join('\n')
}

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'belcotax.xml', contents: xml }], schema: [{ fileName: 'Belcotax-2024.xsd', contents: schema }] })
  return result.errors.map((error) => error.message)
}

describe('the year’s tax certificates', () => {
  it('refuses every role but finance and administrators', async () => {
    for (const who of everyone.filter((role) => role !== 'finance' && role !== 'administrator')) {
      expect((await issue(who)).status, who).toBe(who === 'anonymous' ? 401 : 403)
      expect((await api.rest(who, 'GET', `/api/tax-certificates/summary?year=${year}`)).status, who).toBe(who === 'anonymous' ? 401 : 403)
      expect((await download(who, `/api/tax-certificates/download/zip?year=${year}`)).status, who).toBe(who === 'anonymous' ? 401 : 403)
      expect((await download(who, `/api/tax-certificates/download/belcotax?year=${year}`)).status, who).toBe(who === 'anonymous' ? 401 : 403)
      expect((await api.rest(who, 'GET', '/api/tax-certificates')).status, who).toBe(403)
    }
    // Nobody makes one by hand, finance included.
    expect((await api.rest('finance', 'POST', '/api/tax-certificates', { year, number: 99, donorKey: 'x', familyName: 'X', email: 'x@example.be', amountCents: 5000 })).status).toBe(403)
    expect(await certificates()).toHaveLength(0)
  })

  it('shows the year’s figures before issuing', async () => {
    const { status, body } = await api.rest('finance', 'GET', `/api/tax-certificates/summary?year=${year}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ eligible: 3, totalCents: 6500 + 10000 + 4500, withoutNationalRegisterNumber: 1, belowMinimum: 1, issued: 0 })
  })

  it('issues one certificate per donor over the minimum, numbered without gaps, and issues nothing new the second time', async () => {
    const first = await issue('finance')
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({ issued: 3, added: 0, corrected: 0, cancelled: 0, belowMinimum: 1, emailed: 3 })
    const issued = await certificates()
    expect(issued.map((c) => [c.number, c.familyName, c.amountCents, c.treatment])).toEqual([
      [1, 'Dubois', 10000, 'original'],
      [2, 'Peeters', 6500, 'original'],
      [3, 'Smith', 4500, 'original'],
    ])
    const peeters = issued[1]!
    expect(new Set(peeters.giftIds as string[])).toEqual(new Set(['janOnce', 'janTransfer', 'janMonthly03', 'janMonthly04', 'janMonthly06'].map((key) => String(ids[key]))))
    expect(peeters.history?.[0]).toMatchObject({ action: 'issued', by: api.userIds.get('finance') })
    // The number is sealed in the database, as everywhere.
    expect(String(peeters.nationalRegisterNumber)).not.toContain(jan)

    const again = await issue('administrator')
    expect(again.body).toMatchObject({ issued: 0, added: 0, corrected: 0, cancelled: 0, unchanged: 3, emailed: 0 })
    expect(await certificates()).toHaveLength(3)
  })

  it('emails each donor once, in their language, with a link to download their own certificate', async () => {
    const emails = await certificateEmails()
    expect(emails.map((email) => [email.to, email.locale]).sort()).toEqual([
      ['jan@example.be', 'nl'],
      ['marie@example.be', 'fr'],
      ['sam@example.be', 'en'],
    ])
    const marieMail = emails.find((email) => email.to === 'marie@example.be')!
    expect(marieMail.subject).toBe(`Votre attestation fiscale pour ${year}`)
    expect(marieMail.text).toContain('n° 1')

    const token = /\/self-service\/([^/\s"?]+)/.exec(String(marieMail.text))![1]
    const [dubois, peeters] = await certificates()
    const own = await download('anonymous', `/api/tax-certificates/self-service/${token}/${dubois!.id}`)
    expect(own.status).toBe(200)
    expect(own.type).toBe('application/pdf')
    expect(await pdfText(own.bytes)).toContain('Attestation n° 2025/1')
    expect((await download('anonymous', `/api/tax-certificates/self-service/${token}/${peeters!.id}`)).status).toBe(404)
    expect((await download('anonymous', `/api/tax-certificates/self-service/not-a-token/${dubois!.id}`)).status).toBe(404)
  })

  it('gives the PDFs as a ZIP and a schema-valid Belcotax file with the same numbers', async () => {
    const zip = await download('finance', `/api/tax-certificates/download/zip?year=${year}`)
    expect(zip.status).toBe(200)
    const files = unzip(zip.bytes)
    expect(files.size).toBe(3)
    const numbersInPdfs: number[] = []
    const texts = new Map<string, string>()
    for (const [name, bytes] of files) {
      const text = await pdfText(bytes)
      texts.set(name, text)
      numbersInPdfs.push(Number(/(?:Attest nr\.|Attestation n°) 2025\/(\d+)/.exec(text)![1]))
      expect(text).toContain(`${enterpriseNumber.slice(0, 4)}.${enterpriseNumber.slice(4, 7)}.${enterpriseNumber.slice(7)}`)
      expect(text).toContain('JRS Belgium')
      expect(text).toContain('Hélène Van den Broeck')
    }
    const peeters = [...texts.values()].find((text) => text.includes('Jan Peeters'))!
    expect(peeters).toContain('Attest uitgereikt in toepassing van artikel 145/33, § 1, tweede lid, WIB 92.')
    expect(peeters).toContain('***65,00*** EUR')
    expect(peeters).toContain('72.04.12-155.' + jan.slice(9))
    expect(peeters).toContain('Kerkstraat 12, 9000 Gent')
    const dubois = [...texts.values()].find((text) => text.includes('Marie Dubois'))!
    expect(dubois).toContain('article 145/33')
    expect(dubois).toContain('***100,00*** EUR')
    expect(dubois).toContain('Rue de l’Église 3, 4000 Liège')
    // English-speaking, in Brussels: the certificate in French, without a number.
    const smith = [...texts.values()].find((text) => text.includes('Sam Smith'))!
    expect(smith).toContain('non communiqué')

    const belcotax = await download('finance', `/api/tax-certificates/download/belcotax?year=${year}&part=originals&mode=test`)
    expect(belcotax.status, belcotax.bytes.toString()).toBe(200)
    const xml = belcotax.bytes.toString('utf8')
    expect(await schemaErrors(xml)).toEqual([])
    const parsed = new XMLParser({ parseTagValue: false }).parse(xml)
    const declaration = parsed.Verzendingen.Verzending.Aangiften.Aangifte
    const fiches = declaration.Opgaven.Opgave32571.Fiche28171
    expect(fiches.map((fiche: Record<string, string>) => Number(fiche.f2009_volgnummer)).sort()).toEqual(numbersInPdfs.sort())
    expect(fiches.find((fiche: Record<string, string>) => fiche.f2013_naam === 'Peeters')).toMatchObject({ f2011_nationaalnr: jan, f71_2060_bedragliberaliteiten: '6500', f2028_typetraitement: '0' })
    expect(declaration.r8011_controletotaal).toBe('6')
    expect(declaration.r8012_controletotaal).toBe(String(6500 + 10000 + 4500))
  })

  it('corrects, cancels and adds after issue, each logged, and never changes a certificate silently', async () => {
    // Marie is refunded 40 of her 100; Sam's gift is refunded in full; Piet gives again and now reaches the minimum.
    await cms.payload.update({ collection: 'donations', id: ids.marieByHand!, data: { refundedCents: 4000 }, overrideAccess: true })
    await cms.payload.update({ collection: 'donations', id: ids.sam!, data: { status: 'refunded', refundedCents: 4500 }, overrideAccess: true })
    await gift('pietAgain', { kind: 'other', amountCents: 2000, receivedAt: `${year}-12-15T10:00:00Z`, donorName: 'Piet Claes', donorEmail: 'piet@example.be', locale: 'nl', taxCertificate: { street: 'Markt 1', postalCode: '2000', city: 'Antwerpen' } })

    const { body } = await issue('finance')
    expect(body).toMatchObject({ issued: 0, added: 1, corrected: 1, cancelled: 1, unchanged: 1, emailed: 3 })
    const rows = await certificates()
    expect(rows.map((c) => [c.number, c.familyName, c.amountCents, c.status, c.treatment])).toEqual([
      [1, 'Dubois', 6000, 'corrected', 'modification'],
      [2, 'Peeters', 6500, 'issued', 'original'],
      [3, 'Smith', 4500, 'cancelled', 'cancellation'],
      [4, 'Claes', 4500, 'issued', 'addition'],
    ])
    expect(rows[0]!.history?.at(-1)).toMatchObject({ action: 'corrected', amountCents: 6000, previousAmountCents: 10000, reasons: 'amount', by: api.userIds.get('finance') })
    expect(rows[2]!.history?.at(-1)).toMatchObject({ action: 'cancelled', by: api.userIds.get('finance') })

    // One more email each for the three changed, none for Jan.
    const emails = await certificateEmails()
    expect(emails.filter((email) => email.to === 'jan@example.be')).toHaveLength(1)
    expect(emails.filter((email) => email.to === 'marie@example.be')).toHaveLength(2)
    expect(emails.find((email) => email.to === 'sam@example.be' && String(email.text).includes('cancelled'))).toBeTruthy()

    // The corrections file: a modification, a cancellation and an addition, valid against the schema.
    const corrections = await download('finance', `/api/tax-certificates/download/belcotax?year=${year}&part=corrections&mode=test`)
    expect(corrections.status, corrections.bytes.toString()).toBe(200)
    const xml = corrections.bytes.toString('utf8')
    expect(await schemaErrors(xml)).toEqual([])
    const fiches = new XMLParser({ parseTagValue: false }).parse(xml).Verzendingen.Verzending.Aangiften.Aangifte.Opgaven.Opgave32571.Fiche28171
    expect(fiches.map((fiche: Record<string, string>) => [fiche.f2009_volgnummer, fiche.f2028_typetraitement])).toEqual([
      ['1', '1'],
      ['3', '3'],
      ['4', '2'],
    ])
    const pdf = await download('finance', `/api/tax-certificates/${rows[0]!.id}/pdf`)
    const text = await pdfText(pdf.bytes)
    expect(text).toContain('Attestation rectificative')
    expect(text).toContain('***60,00*** EUR')

    expect((await issue('finance')).body).toMatchObject({ added: 0, corrected: 0, cancelled: 0, emailed: 0 })
  })

  it('refuses a Belcotax file that would not be accepted, listing the problems', async () => {
    // From 2026 a missing national register number is no longer tolerated.
    await gift('late', { kind: 'one-time', amountCents: 5000, receivedAt: '2026-02-02T10:00:00Z', donorName: 'Lien Maes', donorEmail: 'lien@example.be', locale: 'nl', taxCertificate: { street: 'Veldstraat 2', postalCode: '9000', city: 'Gent' } })
    expect((await issue('finance', 2026)).body).toMatchObject({ issued: 1 })
    const refused = await api.rest('finance', 'GET', '/api/tax-certificates/download/belcotax?year=2026&part=originals&mode=test')
    expect(refused.status).toBe(422)
    expect(refused.body.problems).toEqual([expect.stringContaining('Certificate 1 (Lien Maes): no national register number')])
  })
})
