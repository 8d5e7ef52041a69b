import type { PayloadRequest } from 'payload'
import type { Locale } from '../../../domain/locales'
import type { CertificateLanguage } from '../../../domain/tax/certificateLanguage'
import { queueEmail } from '../../email/queue'
import type { Donation } from '../../payload-types'
import { issueLink } from '../../selfService/links'
import { thankYouTaxReduction } from '../../globals/TaxCertificateSettings'

/** `certificateLanguage`: what the donor chose when asking for their communication, if they did. */
export type TransferDonor = { name: string; email: string; locale: Locale; taxCertificateRequested: boolean; certificateLanguage?: CertificateLanguage }

type Transfer = {
  lineId: number
  amountCents: number
  /** YYYY-MM-DD, the day the bank booked it. */
  bookingDate: string
  communication?: string | null
  referenceId?: number
}

/**
 * A bank transfer from a statement line, recorded as the donor's gift, with their thank-you
 * queued in their language: in the caller's transaction, so that the line, the gift and the
 * email are stored together or not at all. The donation's unique statement line refuses a
 * second gift for the same transfer, whoever tries.
 */
export async function recordTransferGift(req: PayloadRequest, transfer: Transfer, donor: TransferDonor): Promise<Donation> {
  // Noon UTC: the booking day stays the same day (and year) in Belgium, whatever the time zone.
  const receivedAt = new Date(`${transfer.bookingDate}T12:00:00.000Z`).toISOString()
  const donation = await req.payload.create({
    collection: 'donations',
    data: {
      source: 'offline',
      kind: 'bank-transfer',
      status: 'paid',
      amountCents: transfer.amountCents,
      receivedAt,
      donorName: donor.name,
      donorEmail: donor.email,
      locale: donor.locale,
      structuredCommunication: transfer.communication ?? undefined,
      taxCertificate: { requested: donor.taxCertificateRequested, certificateLanguage: donor.certificateLanguage ?? null },
      bankTransferReference: transfer.referenceId,
      bankStatementLine: transfer.lineId,
    },
    overrideAccess: true,
    req,
  })
  await queueEmail({
    req,
    kind: 'donation-thank-you',
    locale: donor.locale,
    to: donor.email,
    data: {
      donorName: donor.name,
      amountCents: donation.amountCents,
      paidAt: receivedAt,
      reference: donation.reference!,
      taxReduction: await thankYouTaxReduction(req, receivedAt),
      selfServiceUrl: await issueLink(req, { collection: 'donations', id: donation.id }, donor.locale),
    },
    idempotencyKey: `donation:${donation.id}:thank-you`,
    related: { collection: 'donations', id: donation.id },
  })
  return donation
}
