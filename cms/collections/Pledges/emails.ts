import type { PayloadRequest } from 'payload'
import { isLocale, type Locale, defaultLocale } from '../../../domain/locales'
import { loadOrganisation } from '../../email/organisation'
import { adminDocumentUrl, queueEmail } from '../../email/queue'
import { publicSiteUrl } from '../../env'
import { issueLink } from '../../selfService/links'

type PledgeDoc = { id: number | string; reference?: string | null; need: unknown; quantity: number; name: string; email: string; locale?: string | null }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))
const localeOf = (pledge: PledgeDoc): Locale => (isLocale(pledge.locale) ? pledge.locale : defaultLocale)

/** The need in the giver's language: its name and where to bring it. */
async function needFor(req: PayloadRequest, pledge: PledgeDoc, locale: Locale) {
  const need = await req.payload.findByID({ collection: 'needs', id: idOf(pledge.need), locale, depth: 0, overrideAccess: true, req })
  return { name: need.name, dropOff: need.dropOff ?? {} }
}

/** The confirmation with drop-off details to the giver, and the notice to the goods contact. */
export async function queuePledgeEmails(req: PayloadRequest, pledge: PledgeDoc): Promise<void> {
  const locale = localeOf(pledge)
  const need = await needFor(req, pledge, locale)
  const items = [{ name: need.name, quantity: pledge.quantity }]
  const address = need.dropOff.address?.trim() || (await loadOrganisation(req.payload, locale, req)).branding.addressLines?.join('\n') || ''
  await queueEmail({
    req,
    kind: 'goods-pledge-received',
    locale,
    to: pledge.email,
    data: {
      giverName: pledge.name,
      reference: pledge.reference ?? undefined,
      items,
      dropOffAddress: address,
      openingHours: need.dropOff.openingHours?.trim() || '',
      instructions: need.dropOff.instructions?.trim() || '',
      selfServiceUrl: await issueLink(req, { collection: 'pledges', id: pledge.id }, locale),
    },
    idempotencyKey: `pledge:${pledge.id}:received`,
    related: { collection: 'pledges', id: pledge.id },
  })
  // Staff read notices in the organisation's first language.
  const staffNeed = locale === defaultLocale ? need : await needFor(req, pledge, defaultLocale)
  await queueEmail({
    req,
    kind: 'goods-pledge-new',
    locale: defaultLocale,
    data: { giverName: pledge.name, items: [{ name: staffNeed.name, quantity: pledge.quantity }], adminUrl: adminDocumentUrl('pledges', pledge.id) },
    idempotencyKey: `pledge:${pledge.id}:new`,
    related: { collection: 'pledges', id: pledge.id },
  })
}

/** Tells the giver their pledge has lapsed, with a way back to the wishlist. */
export async function queueExpiryEmail(req: PayloadRequest, pledge: PledgeDoc, outstanding: number): Promise<void> {
  const locale = localeOf(pledge)
  const need = await needFor(req, pledge, locale)
  await queueEmail({
    req,
    kind: 'goods-pledge-expired',
    locale,
    to: pledge.email,
    data: { giverName: pledge.name, reference: pledge.reference ?? undefined, items: [{ name: need.name, quantity: Math.max(1, outstanding) }], wishlistUrl: await wishlistUrl(req, locale) },
    idempotencyKey: `pledge:${pledge.id}:expired`,
    related: { collection: 'pledges', id: pledge.id },
  })
}

/** The public wishlist page in a language (the page with the purpose "wishlist"), if published. */
async function wishlistUrl(req: PayloadRequest, locale: Locale): Promise<string> {
  const { docs } = await req.payload.find({ collection: 'pages', where: { purpose: { equals: 'wishlist' } }, locale, depth: 0, limit: 1, overrideAccess: false, req })
  const slug = docs[0]?.slug
  return typeof slug === 'string' && slug ? `${publicSiteUrl}/${locale}/${slug}/` : `${publicSiteUrl}/${locale}/`
}
