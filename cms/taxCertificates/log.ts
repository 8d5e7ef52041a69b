import type { PayloadRequest } from 'payload'

export const taxCertificateLogSlug = 'tax-certificate-log'

/** Everything done with certificates that the log keeps (issue 11, item 7). */
export const taxCertificateLogActions = [
  'issued-year',
  'downloaded-pdf',
  'downloaded-zip',
  'downloaded-belcotax',
  'resent-email',
  'asked-for-numbers',
  'donor-downloaded-pdf',
  'sent-belcotax',
] as const
export type TaxCertificateLogAction = (typeof taxCertificateLogActions)[number]

/** A Belcotax file recorded as sent (belcotaxSendings.ts): which of the year's two, how many certificates, and the SHA-256 of its exact bytes. */
export type BelcotaxSending = { part: 'originals' | 'corrections'; certificates: number; sha256: string }

/**
 * One line in the certificates' log, in the database (not only the server log): who (the
 * finance user; none when a donor downloads through their personal link), what, for which
 * year and certificate, and when (Payload's createdAt). The detail holds counts and options
 * ("part=originals mode=test 12 certificates"), never a name or a national register number.
 * Each certificate's own history keeps, besides, what an issue changed on it (issue.ts).
 * The server's log gets the same line, so that no caller writes its own.
 */
export async function logTaxCertificateAction(
  req: PayloadRequest,
  entry: { action: TaxCertificateLogAction; year: number; certificate?: string | number; detail?: string; byDonor?: boolean; sending?: BelcotaxSending },
): Promise<void> {
  await req.payload.create({
    collection: taxCertificateLogSlug,
    data: {
      action: entry.action,
      year: entry.year,
      certificate: entry.certificate === undefined ? null : Number(entry.certificate),
      user: entry.byDonor || !req.user ? null : req.user.id,
      detail: entry.detail?.slice(0, 500) ?? null,
      filePart: entry.sending?.part ?? null,
      certificateCount: entry.sending?.certificates ?? null,
      sha256: entry.sending?.sha256 ?? null,
    } as never,
    overrideAccess: true,
    req,
  })
  // The same line in the server's log, for whoever runs the server (the detail holds no personal data).
  req.payload.logger.info({ msg: `Tax certificates: ${entry.action}`, user: entry.byDonor ? undefined : req.user?.id, year: entry.year, certificate: entry.certificate, detail: entry.detail })
}
