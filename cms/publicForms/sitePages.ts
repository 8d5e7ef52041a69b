import type { PayloadRequest } from 'payload'
import { type ConfirmedForm, confirmationParentPurpose, formConfirmationPath } from '../../domain/formConfirmationPages'
import type { Locale } from '../../domain/locales'
import { publicSiteUrl } from '../env'

type Purpose = 'donate' | 'volunteering' | 'wishlist' | 'privacy'

/** The site's path of the published page with this purpose, in this language (as site/lib/routes.ts makes it), if there is one. */
export async function sitePagePath(req: PayloadRequest, purpose: Purpose, locale: Locale): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { and: [{ purpose: { equals: purpose } }, { _status: { equals: 'published' } }] },
    locale,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]?.slug ? `/${locale}/${docs[0].slug}/` : undefined
}

/** The full address of that page, or of the home page in that language when there is none. */
export async function sitePageUrl(req: PayloadRequest, purpose: Purpose, locale: Locale): Promise<string> {
  return `${publicSiteUrl}${(await sitePagePath(req, purpose, locale)) ?? `/${locale}/`}`
}

/** Where a browser lands once its form is accepted (domain/formConfirmationPages.ts): no reference, no name, nothing of the visitor's. */
export async function confirmationUrl(req: PayloadRequest, form: ConfirmedForm, locale: Locale): Promise<string> {
  const parent = await sitePagePath(req, confirmationParentPurpose[form], locale)
  return `${publicSiteUrl}${parent ? formConfirmationPath(parent, form, locale) : `/${locale}/`}`
}
