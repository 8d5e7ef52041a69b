import type { PayloadRequest } from 'payload'
import type { Locale } from '../../domain/locales'
import type { DonationRules } from '../../domain/forms/donation'
import { donationReturnPath } from '../../domain/donationPages'
import { publicSiteUrl } from '../env'
import { taxReduction } from '../globals/TaxCertificateSettings'

export type GivingSettings = DonationRules & { feeCoverPercent: number; organisationName: string }

/** The rules the donate page was built with, read again at the moment of giving. */
export async function givingSettings(req: PayloadRequest): Promise<GivingSettings> {
  const [giving, organisation, reduction] = await Promise.all([
    req.payload.findGlobal({ slug: 'giving', depth: 0, overrideAccess: true, req }),
    req.payload.findGlobal({ slug: 'organisation', depth: 0, overrideAccess: true, req }),
    taxReduction(req.payload, { req }),
  ])
  return {
    minimumCents: Math.round((giving.minimumEuros ?? 5) * 100),
    maximumCents: Math.round((giving.maximumEuros ?? 10_000) * 100),
    // A certificate is offered only for a year the organisation is approved for and has a rate.
    taxCertificates: reduction !== undefined,
    feeCoverPercent: giving.feeCoverPercent ?? 0,
    organisationName: organisation.name,
  }
}

/** Where Stripe sends the donor back: the donate page's thank-you and cancel pages in their language. */
export async function returnUrls(req: PayloadRequest, locale: Locale): Promise<{ success: string; cancel: string }> {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { and: [{ purpose: { equals: 'donate' } }, { _status: { equals: 'published' } }] },
    locale,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const donatePath = docs[0]?.slug ? `/${locale}/${docs[0].slug}/` : `/${locale}/`
  return {
    success: `${publicSiteUrl}${donationReturnPath(donatePath, 'thanks', locale)}?session_id={CHECKOUT_SESSION_ID}`,
    cancel: `${publicSiteUrl}${donationReturnPath(donatePath, 'cancelled', locale)}`,
  }
}

/** What the donor sees on Stripe's page and bank statement, in their language. */
export function giftLabel(frequency: 'once' | 'monthly', locale: Locale, organisationName: string): string {
  const labels: Record<Locale, Record<'once' | 'monthly', string>> = {
    nl: { once: `Gift aan ${organisationName}`, monthly: `Maandelijkse gift aan ${organisationName}` },
    fr: { once: `Don à ${organisationName}`, monthly: `Don mensuel à ${organisationName}` },
    en: { once: `Gift to ${organisationName}`, monthly: `Monthly gift to ${organisationName}` },
  }
  return labels[locale][frequency]
}
