import type { PayloadRequest } from 'payload'
import { isLocale } from '../../domain/locales'
import { formatEuroCents } from '../../domain/money'
import { queueEmail } from '../email/queue'
import { issueLink } from '../selfService/links'
import { type CertificateRow, certificatesOf, taxCertificatesSlug } from './issue'

/**
 * Emails each certificate's donor once per version (issued, corrected, cancelled), in their
 * language, with a personal link to their self-service page where the PDF is downloaded:
 * the outbox stores rendered HTML and text, not attachments, and a link keeps the national
 * register number out of mailboxes. Runs in the issue's transaction.
 */
export async function emailCertificates(req: PayloadRequest, year: number): Promise<number> {
  let queued = 0
  for (const row of await certificatesOf(req, year)) {
    const version = Number(row.version ?? 1)
    if (Number(row.emailedVersion ?? 0) >= version) continue
    if (await emailCertificate(req, row, `tax-certificate:${row.id}:v${version}`)) queued += 1
    await req.payload.update({ collection: taxCertificatesSlug, id: row.id, data: { emailedVersion: version, emailedAt: new Date().toISOString() }, overrideAccess: true, req })
  }
  return queued
}

/** One certificate's email; false when the outbox already had it (same key). */
export async function emailCertificate(req: PayloadRequest, row: CertificateRow, idempotencyKey: string): Promise<boolean> {
  const locale = isLocale(row.locale) ? row.locale : 'nl'
  const giftIds: string[] = Array.isArray(row.giftIds) ? row.giftIds.map(String) : []
  const latestGift = [...giftIds].sort((a, b) => Number(b) - Number(a))[0]
  const manageUrl = await issueLink(req, { collection: 'donations', id: Number(latestGift) }, locale)
  const { duplicate } = await queueEmail({
    req,
    kind: 'tax-certificate',
    locale,
    to: String(row.email),
    data: {
      name: `${row.firstNames ?? ''} ${row.familyName ?? ''}`.trim(),
      year: row.year,
      number: row.number,
      change: row.status === 'cancelled' ? 'cancelled' : row.status === 'corrected' ? 'corrected' : 'issued',
      amount: formatEuroCents(Number(row.amountCents), locale),
      manageUrl,
    },
    idempotencyKey,
    related: { collection: taxCertificatesSlug, id: row.id },
  })
  return !duplicate
}
