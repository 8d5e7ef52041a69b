import type { Locale } from '../../domain/locales'

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
  purpose: 'home' | 'about' | 'contact' | 'privacy' | 'general'
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

export type SeedProfile = {
  organisation: SeedOrganisation
  header: SeedLink[]
  footer: { links: SeedLink[]; note?: Localized }
  pages: SeedPage[]
  programmes: SeedProgramme[]
  news: SeedNews[]
  partners: SeedPartner[]
}
