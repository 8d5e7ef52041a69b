import type { Endpoint, PayloadRequest } from 'payload'
import { eligibleDonors } from '../../domain/tax/certificates'
import { hasRole } from '../access/roles'
import { json } from '../http'
import { message } from '../i18n/label'
import { readBody, parseJson } from '../publicForms/body'
import { checkLink } from '../selfService/links'
import { personFor } from '../selfService/people'
import { taxCertificatePolicy } from '../globals/TaxCertificateSettings'
import { emailCertificate } from './email'
import { certificateContext, certificatePdf, FilingRefused, pdfName, yearBelcotax, yearZip } from './files'
import { giftsOfYear } from './gifts'
import { certificatesOf, IssueRefused, issueYear, type CertificateRow, taxCertificatesSlug } from './issue'
import { logTaxCertificateAction } from './log'
import { askForNationalNumbers } from './numberRequests'
import { belcotaxSendingsOf, recordBelcotaxSending } from './belcotaxSendings'

/**
 * Finance's actions beside the collection (/api/tax-certificates/…): the year's figures,
 * issue (and correct) the year, one certificate's PDF, resend its email, the ZIP of PDFs,
 * the Belcotax file, and the record of which Belcotax file was sent. Finance and administrators only; every issue and download is
 * logged with who did it, in the database (log.ts). Plus the donor's own download through their personal link.
 */
function refusal(req: PayloadRequest): Response | undefined {
  if (!req.user) return json(req, { error: message(req, 'admin.unauthorized') }, 401)
  if (!hasRole(req.user, 'finance')) return json(req, { error: message(req, 'admin.forbidden') }, 403)
  return undefined
}

function yearOf(req: PayloadRequest, value?: unknown): number | undefined {
  const raw = value ?? new URL(req.url ?? '', 'http://localhost').searchParams.get('year')
  const year = Number(raw)
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined
}

const param = (req: PayloadRequest, name: string) => new URL(req.url ?? '', 'http://localhost').searchParams.get(name)

function file(bytes: Uint8Array, type: string, name: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
  })
}

/**
 * An endpoint about one income year, named in the query (`?year=`) or in a POST's JSON body:
 * refused to anyone but finance and administrators, 400 without a year finance may act on.
 */
function yearEndpoint(path: string, method: 'get' | 'post', yearIn: 'query' | 'body', handle: (req: PayloadRequest, year: number) => Promise<Response>): Endpoint {
  return {
    path,
    method,
    handler: async (req) => {
      const refused = refusal(req)
      if (refused) return refused
      const year = yearIn === 'body' ? await yearInBody(req) : yearOf(req)
      if (!year) return json(req, { error: message(req, 'taxCertificates.error.year') }, 400)
      return handle(req, year)
    },
  }
}

const summaryEndpoint = yearEndpoint('/summary', 'get', 'query', async (req, year) => {
  const policy = await taxCertificatePolicy(req.payload, req)
  const { gifts } = await giftsOfYear(req, year)
  const { eligible, belowMinimum } = eligibleDonors(gifts, { year, minimumCents: policy.minimumCents })
  const issued = await certificatesOf(req, year)
  const belcotax = await belcotaxSendingsOf(req, year, issued)
  return json(req, {
    year,
    eligible: eligible.length,
    totalCents: eligible.reduce((sum, donor) => sum + donor.totalCents, 0),
    withoutNationalRegisterNumber: eligible.filter((donor) => !donor.donor.nationalRegisterNumber).length,
    belowMinimum: belowMinimum.length,
    issued: issued.length,
    corrected: issued.filter((row) => row.status === 'corrected').length,
    cancelled: issued.filter((row) => row.status === 'cancelled').length,
    // For the panel's preview of one certificate (its PDF endpoint below).
    certificates: issued.map((row) => ({ id: row.id, number: row.number, title: row.title ?? '' })),
    // The last file recorded as sent to Belcotax-on-web, and how many certificates await a corrections file.
    belcotax,
  })
})

/** A POST about a year's certificates: its summary with the done message, or 409 when the year cannot be issued. */
function yearAction<Summary extends Record<string, string | number>>(path: string, run: (req: PayloadRequest, year: number) => Promise<Summary>, done: 'taxCertificates.issue.done' | 'taxCertificates.askNumbers.done') {
  return yearEndpoint(path, 'post', 'body', async (req, year) => {
    try {
      const summary = await run(req, year)
      return json(req, { ...summary, message: message(req, done, { ...summary }) }, 200)
    } catch (error) {
      if (error instanceof IssueRefused) return json(req, { error: message(req, error.reason, { year }) }, 409)
      throw error
    }
  })
}

const issueEndpoint = yearAction('/issue', issueYear, 'taxCertificates.issue.done')

const zipEndpoint = yearEndpoint('/download/zip', 'get', 'query', async (req, year) => {
  try {
    const zip = await yearZip(req, year)
    await logTaxCertificateAction(req, { action: 'downloaded-zip', year, detail: `${zip.count} certificates` })
    return file(zip.bytes, 'application/zip', zip.name)
  } catch (error) {
    return filingRefused(req, error)
  }
})

const xmlEndpoint = yearEndpoint('/download/belcotax', 'get', 'query', async (req, year) => {
  const part = param(req, 'part') === 'corrections' ? 'corrections' : 'originals'
  const mode = param(req, 'mode') === 'real' ? 'real' : 'test'
  try {
    const filing = await yearBelcotax(req, year, { part, mode })
    await logTaxCertificateAction(req, { action: 'downloaded-belcotax', year, detail: `part=${part} mode=${mode} ${filing.numbers.length} certificates, ${filing.warnings.length} warnings` })
    const response = file(new TextEncoder().encode(filing.xml), 'application/xml; charset=utf-8', filing.name)
    // The warnings travel with the file (a header per warning would be unbounded): their count.
    response.headers.set('X-Belcotax-Warnings', String(filing.warnings.length))
    return response
  } catch (error) {
    return filingRefused(req, error)
  }
})

/** A Belcotax file is a few hundred bytes per certificate: this leaves room for tens of thousands. */
const maxBelcotaxBytes = 10 * 1024 * 1024

/**
 * POST /api/tax-certificates/belcotax-sent?year=<year>, the body the very XML file finance
 * sent to Belcotax-on-web: recorded in the log with who, when, which file, how many
 * certificates and the SHA-256 of those bytes (belcotaxSendings.ts). 201, or 422 with the
 * problems when it is not that year's real file.
 */
const belcotaxSentEndpoint = yearEndpoint('/belcotax-sent', 'post', 'query', async (req, year) => {
  const read = await readBody(req, maxBelcotaxBytes)
  if (!read.ok) return json(req, { error: message(req, read.problem === 'tooLarge' ? 'taxCertificates.sent.tooLarge' : 'taxCertificates.sent.noFile') }, read.problem === 'tooLarge' ? 413 : 400)
  if (read.bytes.byteLength === 0) return json(req, { error: message(req, 'taxCertificates.sent.noFile') }, 400)
  try {
    const sending = await recordBelcotaxSending(req, year, read.bytes)
    const part = message(req, `taxCertificateLog.filePart.${sending.part}`)
    return json(req, { ...sending, message: message(req, 'taxCertificates.sent.done', { year, part, count: sending.certificates }) }, 201)
  } catch (error) {
    return filingRefused(req, error)
  }
})

/**
 * POST /api/tax-certificates/ask-for-numbers {year}: the panel's one action that emails every
 * donor of the year without a national register number a personal link to add it, once per
 * donor per year (numberRequests.ts).
 */
const askForNumbersEndpoint = yearAction('/ask-for-numbers', askForNationalNumbers, 'taxCertificates.askNumbers.done')

/** The year a POST names in its JSON body ({ year }), if it is one finance may act on. */
async function yearInBody(req: PayloadRequest): Promise<number | undefined> {
  const read = await readBody(req, 4096)
  const body = read.ok ? parseJson(read.bytes) : { ok: false as const }
  return body.ok ? yearOf(req, (body.value as { year?: unknown })?.year) : undefined
}

/** A file the schema or the data refuses: 422 with the problems listed; anything else is thrown on. */
function filingRefused(req: PayloadRequest, error: unknown): Response {
  if (error instanceof FilingRefused) return json(req, { error: message(req, 'taxCertificates.error.refused'), problems: error.problems }, 422)
  throw error
}

async function certificateOf(req: PayloadRequest): Promise<CertificateRow | undefined> {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0) return undefined
  const row = await req.payload.findByID({ collection: taxCertificatesSlug, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return (row ?? undefined) as CertificateRow | undefined
}

const pdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const refused = refusal(req)
    if (refused) return refused
    const row = await certificateOf(req)
    if (!row) return json(req, { error: message(req, 'admin.notFound') }, 404)
    await logTaxCertificateAction(req, { action: 'downloaded-pdf', year: row.year, certificate: row.id, detail: `no. ${row.number} v${row.version ?? 1}` })
    return file(await certificatePdf(row, await certificateContext(req)), 'application/pdf', pdfName(row))
  },
}

const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const refused = refusal(req)
    if (refused) return refused
    const row = await certificateOf(req)
    if (!row) return json(req, { error: message(req, 'admin.notFound') }, 404)
    // A resend is a new message on purpose: its key names the moment.
    await emailCertificate(req, row, `tax-certificate:${row.id}:v${row.version ?? 1}:resent:${Date.now()}`)
    await logTaxCertificateAction(req, { action: 'resent-email', year: row.year, certificate: row.id, detail: `no. ${row.number} v${row.version ?? 1}` })
    return json(req, { message: message(req, 'taxCertificates.resend.done') })
  },
}

/**
 * GET /api/tax-certificates/self-service/<token>/<id>: the donor's own certificate, through
 * their personal link. Only a certificate made out to an address of theirs.
 */
const donorDownloadEndpoint: Endpoint = {
  path: '/self-service/:token/:id',
  method: 'get',
  handler: async (req) => {
    const checked = await checkLink(req, String(req.routeParams?.token ?? ''))
    if (!checked.ok) return new Response('Not found', { status: 404 })
    const person = await personFor(req, checked.link)
    const row = await certificateOf(req)
    if (!person || person.kind !== 'donor' || !row || !belongsTo(row, person.email)) return new Response('Not found', { status: 404 })
    await logTaxCertificateAction(req, { action: 'donor-downloaded-pdf', year: row.year, certificate: row.id, detail: `no. ${row.number} v${row.version ?? 1}`, byDonor: true })
    return file(await certificatePdf(row, await certificateContext(req)), 'application/pdf', pdfName(row))
  },
}

export function belongsTo(row: CertificateRow, email: string): boolean {
  const own = email.trim().toLowerCase()
  const emails: unknown[] = Array.isArray(row.emails) ? row.emails : [row.email]
  return emails.some((candidate) => String(candidate).trim().toLowerCase() === own)
}

export const taxCertificateEndpoints: Endpoint[] = [summaryEndpoint, issueEndpoint, askForNumbersEndpoint, belcotaxSentEndpoint, zipEndpoint, xmlEndpoint, pdfEndpoint, resendEndpoint, donorDownloadEndpoint]
