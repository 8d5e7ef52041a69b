import type { Payload, PayloadRequest } from 'payload'
import type { Locale } from '../../domain/locales'
import type { OrganisationBranding } from '../../emails/render'
import type { StaffContact } from '../../emails/define'
import { cmsUrl, publicSiteUrl } from '../env'
import type { Media, Organisation } from '../payload-types'

export type OrganisationForEmail = { branding: OrganisationBranding; addresses: Partial<Record<StaffContact, string>> }

/** Reads the published `organisation` global in one language, as the emails need it. */
export async function loadOrganisation(payload: Payload, locale: Locale, req?: PayloadRequest): Promise<OrganisationForEmail> {
  const organisation: Organisation = await payload.findGlobal({ slug: 'organisation', locale, depth: 1, req, overrideAccess: true })
  if (!organisation.name) {
    throw new Error('The organisation has no name yet: fill in Settings → Organisation in the CMS before sending email.')
  }
  const { street, postalCode, city, country } = organisation.address ?? {}
  const addresses: Partial<Record<StaffContact, string>> = {}
  for (const [purpose, address] of Object.entries(organisation.emails ?? {})) {
    if (typeof address === 'string' && address) addresses[purpose as StaffContact] = address
  }
  return {
    branding: {
      name: organisation.name,
      shortName: organisation.shortName ?? undefined,
      logoUrl: logoUrl(organisation.logo),
      brandColour: organisation.brandColour || undefined,
      addressLines: [street, [postalCode, city].filter(Boolean).join(' '), country].filter((line): line is string => Boolean(line)),
      websiteUrl: `${publicSiteUrl}/${locale}/`,
    },
    addresses,
  }
}

function logoUrl(logo: Organisation['logo']): string | undefined {
  if (!logo || typeof logo !== 'object') return undefined
  const media = logo as Media
  // The small rendition is plenty for a 160 px wide logo and keeps the email light.
  const url = media.sizes?.small?.url || media.url
  if (!url) return undefined
  return url.startsWith('http') ? url : `${cmsUrl}${url}`
}
