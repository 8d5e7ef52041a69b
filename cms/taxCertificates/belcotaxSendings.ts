import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { BelcotaxFileUnreadable, readBelcotaxFile } from '../../domain/tax/belcotaxFiling'
import { FilingRefused, validateAgainstSchema } from './files'
import { type CertificateRow, certificatesOf } from './issue'
import { type BelcotaxSending, logTaxCertificateAction, taxCertificateLogSlug } from './log'

/**
 * Which Belcotax file was sent to Belcotax-on-web, and when: finance uploads the file there
 * by hand, then records here the very file they sent. Its SHA-256 is taken over the exact
 * bytes received (no re-encoding, no regeneration: the file carries its creation day, so a
 * file made again would not be the one sent), in the certificates' log with who and when.
 */
export type RecordedSending = BelcotaxSending & { at: string; by: string }

/** Refused unless it is a real (BELCOTAX) file of that year, valid against the schema, of certificates issued for that year. */
export async function recordBelcotaxSending(req: PayloadRequest, year: number, bytes: Uint8Array): Promise<BelcotaxSending> {
  let xml: string
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new FilingRefused(['The file is not UTF-8 text: it is not a Belcotax file of this site.'])
  }
  let file
  try {
    file = readBelcotaxFile(xml)
  } catch (error) {
    if (error instanceof BelcotaxFileUnreadable) throw new FilingRefused(error.problems)
    throw error
  }
  const problems: string[] = []
  if (file.mode !== 'real') problems.push('This is a test file (BCTEST): only the real file (BELCOTAX) is sent to Belcotax-on-web.')
  if (file.year !== year) problems.push(`This file is for the income year ${file.year}, not ${year}.`)
  const issued = new Set((await certificatesOf(req, year)).map((row) => row.number))
  const unknown = file.numbers.filter((number) => !issued.has(number))
  if (unknown.length > 0) problems.push(`No certificate of ${year} has the number ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ' …' : ''}.`)
  if (problems.length > 0) throw new FilingRefused(problems)
  const schemaErrors = await validateAgainstSchema(xml)
  if (schemaErrors.length > 0) throw new FilingRefused(schemaErrors.map((message) => `Schema: ${message}`))

  const sending: BelcotaxSending = { part: file.part, certificates: file.numbers.length, sha256: createHash('sha256').update(bytes).digest('hex') }
  await logTaxCertificateAction(req, { action: 'sent-belcotax', year, detail: `part=${sending.part} ${sending.certificates} certificates sha256=${sending.sha256}`, sending })
  return sending
}

/**
 * The year's last recorded sending, and how many certificates a corrections file is still due
 * for: every one corrected, added or cancelled (treatment other than original) whose last
 * change is later than the last corrections file sent, once the year has been sent at all.
 */
export async function belcotaxSendingsOf(req: PayloadRequest, year: number, rows?: CertificateRow[]): Promise<{ lastSent?: RecordedSending; correctionsDue: number }> {
  const { docs } = await req.payload.find({
    collection: taxCertificateLogSlug,
    where: { and: [{ action: { equals: 'sent-belcotax' } }, { year: { equals: year } }] },
    sort: '-createdAt',
    pagination: false,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const sendings = docs as unknown as { createdAt: string; user?: { name?: string; email?: string } | number | null; filePart?: string | null; certificateCount?: number | null; sha256?: string | null }[]
  const last = sendings[0]
  if (!last) return { correctionsDue: 0 }
  const user = typeof last.user === 'object' && last.user ? last.user : undefined
  const lastSent: RecordedSending = {
    at: last.createdAt,
    by: user?.name || user?.email || '—',
    part: last.filePart === 'corrections' ? 'corrections' : 'originals',
    certificates: Number(last.certificateCount ?? 0),
    sha256: String(last.sha256 ?? ''),
  }
  const lastCorrections = sendings.find((sending) => sending.filePart === 'corrections')
  const coveredUntil = lastCorrections ? Date.parse(lastCorrections.createdAt) : Number.NEGATIVE_INFINITY
  const correctionsDue = (rows ?? (await certificatesOf(req, year))).filter((row) => row.treatment !== 'original' && lastChange(row) > coveredUntil).length
  return { lastSent, correctionsDue }
}

/** From the certificate's own history: an email sent or a language changed is no change to file. */
function lastChange(row: CertificateRow): number {
  const history: { at?: string }[] = Array.isArray(row.history) ? row.history : []
  return Math.max(0, ...history.map((entry) => Date.parse(String(entry.at ?? ''))).filter(Number.isFinite))
}
