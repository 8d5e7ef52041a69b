import type { z } from 'zod'
import { monthlyDonationFailed, donationThankYou, monthlyDonorWelcome } from './messages/donations'
import { goodsPledgeExpired, goodsPledgeNew, goodsPledgeReceived } from './messages/goods'
import { hostInterestReceived } from './messages/hosting'
import { selfServiceCvReplaced, selfServiceDataDownloaded, selfServiceDetailsUpdated, selfServiceErased, selfServiceLink, selfServicePledgeCancelled, selfServicePledgeChanged, selfServiceWithdrawn } from './messages/selfService'
import { taxCertificate } from './messages/taxCertificates'
import { taxCertificateNumberRequest } from './messages/taxCertificateNumber'
import { hostInterestNew } from './messages/upTogether'
import { volunteerApplicationNew, volunteerApplicationReceived, volunteerApplicationStatus } from './messages/volunteers'

/** Every message the site sends, by kind. A template pair in emails/templates/ belongs to each. */
export const emailCatalog = {
  'donation-thank-you': donationThankYou,
  'monthly-donor-welcome': monthlyDonorWelcome,
  'monthly-donation-failed': monthlyDonationFailed,
  'volunteer-application-received': volunteerApplicationReceived,
  'volunteer-application-new': volunteerApplicationNew,
  'volunteer-application-status': volunteerApplicationStatus,
  'goods-pledge-received': goodsPledgeReceived,
  'goods-pledge-new': goodsPledgeNew,
  'goods-pledge-expired': goodsPledgeExpired,
  'host-interest-received': hostInterestReceived,
  'self-service-link': selfServiceLink,
  'self-service-withdrawn': selfServiceWithdrawn,
  'self-service-details-updated': selfServiceDetailsUpdated,
  'self-service-cv-replaced': selfServiceCvReplaced,
  'self-service-data-downloaded': selfServiceDataDownloaded,
  'self-service-erased': selfServiceErased,
  'self-service-pledge-changed': selfServicePledgeChanged,
  'self-service-pledge-cancelled': selfServicePledgeCancelled,
  'host-interest-new': hostInterestNew,
  'tax-certificate': taxCertificate,
  'tax-certificate-number-request': taxCertificateNumberRequest,
} as const

export type EmailKind = keyof typeof emailCatalog
export const emailKinds = Object.keys(emailCatalog) as EmailKind[]

/** The data a caller passes for a message of this kind (before validation and defaults). */
export type EmailData<K extends EmailKind> = z.input<(typeof emailCatalog)[K]['data']>

export function isEmailKind(value: unknown): value is EmailKind {
  return typeof value === 'string' && Object.hasOwn(emailCatalog, value)
}
