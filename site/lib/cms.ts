import { getPayload, type Payload } from 'payload'
import config from '../../cms/payload.config'
import { cmsUrl } from '../../cms/env'
import { type FundraisingProgress, fundraisingProgress } from '../../cms/payments/progress'
import { type GivingMode, givingMode } from '../../cms/payments/stripeClient'
import { retentionPeriods } from '../../cms/jobs/volunteerRetention'
import { taxReduction } from '../../cms/globals/TaxCertificateSettings'
import type { TaxReduction } from '../../domain/tax/taxReduction'
import type { RetentionPeriods } from './contentValues'
import type { Localized } from './localized'

/**
 * The site's only door to its content: Payload's Local API, asked for what the public may
 * read (published documents, `overrideAccess: false`), in every language at once. It
 * runs once per build; a build without content stops with an error instead of producing
 * an empty site.
 */
export type Doc = { id: number | string; [field: string]: unknown }
export type MediaDoc = Doc & {
  url?: string | null
  filename?: string | null
  width?: number | null
  height?: number | null
  alt?: Localized
  focalX?: number | null
  focalY?: number | null
  sizes?: Record<string, { filename?: string | null; width?: number | null; height?: number | null }>
}

export type SiteContent = {
  organisation: Doc
  header: Doc
  footer: Doc
  pages: Doc[]
  programmes: Doc[]
  news: Doc[]
  /** Published volunteer roles, open and closed (a closed one still has its page, without the form). */
  volunteerRoles?: Doc[]
  partners: Doc[]
  /** Every uploaded image, so the build can copy their files. */
  media: MediaDoc[]
  giving: Doc
  /** Old addresses forwarding to current ones. */
  redirects: Doc[]
  /** This year's total at build time; an island refreshes it in the browser. */
  progress: FundraisingProgress
  givingMode: GivingMode
  /** How long applications are kept, as the privacy notice states it (see contentValues.ts); always loaded by a build. */
  retention?: RetentionPeriods
  /** Where the browser reaches the CMS's public endpoints. */
  cmsUrl: string
  /** The tax reduction a gift made this year earns (rate and minimum), when the organisation is approved for the year; else none. */
  taxReduction?: TaxReduction
}

let payloadInstance: Promise<Payload> | undefined
let content: Promise<SiteContent> | undefined

export function cms(): Promise<Payload> {
  payloadInstance ??= getPayload({ config })
  return payloadInstance
}

export function loadSiteContent(): Promise<SiteContent> {
  content ??= fetchSiteContent()
  return content
}

async function fetchSiteContent(): Promise<SiteContent> {
  let siteContent: SiteContent
  try {
    siteContent = await queryPublishedContent(await cms())
  } catch (error) {
    throw new Error(
      `The site cannot reach its content: ${(error as Error).message}. Is the database migrated ("npm run migrate") and seeded ("npm run seed")?`,
      { cause: error },
    )
  }
  assertPublishable(siteContent)
  return siteContent
}

async function queryPublishedContent(payload: Payload): Promise<SiteContent> {
  // A preview build (SITE_DRAFTS=1, served only to editors by the CMS) shows the latest drafts.
  const drafts = process.env.SITE_DRAFTS === '1'
  const asPublic = { locale: 'all', depth: 2, overrideAccess: drafts, draft: drafts } as const
  const global = (slug: 'organisation' | 'header' | 'footer' | 'giving') => payload.findGlobal({ slug, ...asPublic }) as Promise<Doc>
  const all = (collection: 'pages' | 'programmes' | 'news' | 'partners' | 'redirects' | 'volunteer-roles', sort: string) =>
    payload.find({ collection, ...asPublic, sort, pagination: false }).then((result) => result.docs as unknown as Doc[])

  const [organisation, header, footer, giving, progress, pages, programmes, news, partners, media, redirects, volunteerRoles, retention, reduction] = await Promise.all([
    global('organisation'),
    global('header'),
    global('footer'),
    global('giving'),
    fundraisingProgress(payload),
    all('pages', 'createdAt'),
    all('programmes', 'order'),
    all('news', '-publishedAt'),
    all('partners', 'order'),
    payload.find({ collection: 'media', depth: 0, overrideAccess: false, pagination: false }).then((result) => result.docs as unknown as MediaDoc[]),
    all('redirects', 'from'),
    all('volunteer-roles', 'order'),
    // Only the coordinator reads the settings themselves; the two periods are public through the privacy notice.
    retentionPeriods(payload),
    // Only finance reads the tax settings; the year's rate and minimum are public through the donate page.
    taxReduction(payload),
  ])
  return { organisation, header, footer, giving, progress, pages, programmes, news, partners, media, redirects, volunteerRoles, retention, taxReduction: reduction, givingMode: givingMode(), cmsUrl }
}

function assertPublishable({ organisation, pages }: SiteContent) {
  const problems: string[] = []
  if (!organisation?.name) problems.push('the Organisation settings have no name (are they published?)')
  if (!pages.some((page) => page.purpose === 'home')) problems.push('no published page has the purpose "Home page"')
  if (problems.length > 0) {
    throw new Error(`The site cannot be built from this content: ${problems.join('; ')}. Run "npm run seed" on an empty database, or publish them in the CMS.`)
  }
}
