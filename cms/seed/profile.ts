import type { Locale } from '../../domain/locales'
import type { ApplicationTrack, RoleKind, RoleLanguage, RolePlace } from '../../domain/volunteering/options'

/**
 * The shape of a content set that `npm run seed -- --profile <name>` loads into an empty
 * database. Profiles live in content/<name>/ (outside cms/ and site/, which hold no
 * organisation's text). Every text exists in every language; rich text is written as
 * Markdown (paragraphs, ## headings, - lists, **bold**, [links](https://…)).
 */
export type Localized<T = string> = Record<Locale, T>
export type Markdown = string

/** A reference to another seeded document by its key, or an outside address. */
export type SeedLinkTarget = { collection: 'pages' | 'programmes' | 'news'; key: string } | { url: string }
export type SeedLink = { to: SeedLinkTarget; label: Localized }

export type SeedBlock =
  | { blockType: 'hero'; heading: Localized; text?: Localized; actions?: SeedLink[] }
  | { blockType: 'content'; heading?: Localized; body: Localized<Markdown> }
  | { blockType: 'callToAction'; items: { heading: Localized; text?: Localized; link: SeedLink }[] }
  | { blockType: 'keyFigures'; heading?: Localized; figures: { value: Localized; label: Localized }[] }
  | { blockType: 'faq'; heading?: Localized; questions: { question: Localized; answer: Localized<Markdown> }[] }
  | { blockType: 'programmesList'; heading?: Localized; intro?: Localized }
  | { blockType: 'fundraisingProgress'; heading: Localized; text?: Localized; action?: SeedLink }
  | { blockType: 'latestNews'; heading?: Localized; count: number }
  | { blockType: 'partnersList'; heading?: Localized; intro?: Localized }
  | { blockType: 'contactDetails'; heading?: Localized }

export type SeedPage = {
  key: string
  purpose: 'home' | 'about' | 'contact' | 'privacy' | 'donate' | 'wishlist' | 'volunteering' | 'general'
  title: Localized
  slug: Localized
  summary?: Localized
  layout: SeedBlock[]
}

export type SeedProgramme = {
  key: string
  title: Localized
  slug: Localized
  summary: Localized
  body: Localized<Markdown>
  contactEmail?: string
  order: number
}

export type SeedNews = {
  key: string
  /** The date the source gives the news (YYYY-MM-DD); without one the article shows no date, never the day of seeding. */
  publishedAt?: string
  title: Localized
  slug: Localized
  summary: Localized
  body: Localized<Markdown>
}

export type SeedPartner = { name: Localized; description?: Localized; url?: string; order: number }

export type SeedOrganisation = {
  name: string
  shortName?: string
  tagline?: Localized
  description: Localized
  brandColour?: string
  registeredSince?: Localized
  address?: { street?: string; postalCode?: string; city?: Localized; country?: Localized }
  phone?: string
  emails?: { general?: string; volunteers?: string; donations?: string; goods?: string }
  /** The goal for the year the seed runs in; omitted when the source gives none. */
  fundraisingGoalEuros?: number
}

/** The donate page's choices; omitted, the CMS's defaults apply and no amounts are preset. */
export type SeedGiving = {
  presetAmounts: { amountEuros: number; frequency: 'both' | 'once' | 'monthly'; impact?: Localized }[]
  minimumEuros: number
  maximumEuros: number
  feeCoverPercent: number
}

export type SeedProfile = {
  organisation: SeedOrganisation
  giving?: SeedGiving
  header: SeedLink[]
  footer: { links: SeedLink[]; note?: Localized }
  pages: SeedPage[]
  programmes: SeedProgramme[]
  news: SeedNews[]
  partners: SeedPartner[]
  /** The wishlist of material needs (cms/seed/needs.ts). */
  needs?: SeedNeed[]
  volunteerRoles?: SeedVolunteerRole[]
}

/** A material need; `internalNote` tells staff what the source text did not say. */
export type SeedNeed = {
  name: Localized
  description?: Localized
  category: 'it-equipment' | 'transit-house-hygiene' | 'other'
  /** Left out when the source gives no number: the site then shows the need as wanted, without a count. */
  quantityNeeded?: number
  unit: Localized
  condition: 'new' | 'used-working'
  priority?: 'high' | 'normal' | 'low'
  dropOff?: { address?: Localized; openingHours?: Localized; instructions?: Localized }
  internalNote?: string
}

/** A way to volunteer (see cms/collections/VolunteerRoles.ts); rich texts are Markdown. */
export type SeedVolunteerRole = {
  key: string
  kind: RoleKind
  applicationForm: ApplicationTrack
  open: boolean
  order: number
  places: RolePlace[]
  languages: RoleLanguage[]
  title: Localized
  slug: Localized
  summary: Localized
  description?: Localized<Markdown>
  duties: Localized<Markdown>
  requirements?: Localized<Markdown>
  commitment: { hoursPerWeek?: number; minimumPeriod?: Localized; details?: Localized<Markdown> }
}
