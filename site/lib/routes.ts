import { donationReturnPath } from '../../domain/donationPages'
import { formConfirmationPath } from '../../domain/formConfirmationPages'
import { selfServiceRequestPath, selfServiceSentPath } from '../../domain/selfServicePages'
import { type Locale, locales } from '../../domain/locales'
import { ui } from '../i18n'
import type { Doc, SiteContent } from './cms'
import { text } from './localized'

/**
 * Every address of the site, in every language, worked out once from the content: the
 * pages to build, the language switcher's targets, hreflang alternates, the sitemap and
 * links between documents all read this table, so they cannot disagree.
 */
export type RouteKind =
  | 'home'
  | 'page'
  | 'programmeIndex'
  | 'programme'
  | 'newsIndex'
  | 'newsArticle'
  | 'donationThanks'
  | 'donationCancelled'
  | 'applicationReceived'
  | 'pledgeReceived'
  | 'redirect'
  | 'volunteerRole'
  | 'selfServiceRequest'
  | 'selfServiceSent'
export type LinkableCollection = 'pages' | 'programmes' | 'news' | 'volunteer-roles'

export type Route = {
  kind: RouteKind
  locale: Locale
  /** Like "/fr/projets/up-together/": always with both slashes. */
  path: string
  doc?: Doc
  /** The same content in each language. */
  alternates: Record<Locale, string>
  /** Pages a visitor only reaches from a payment or a form, and old addresses, are left out of the sitemap. */
  inSitemap: boolean
  /**
   * Where search engines should send readers instead: a confirmation page names the page
   * it confirms (the donate page, the role list, the wishlist), so it is never listed on
   * its own, without the `noindex` that would make the page look broken to crawlers.
   */
  canonicalPath?: string
  /** For an old address: where it now leads. */
  target?: string
}

export type RouteTable = {
  routes: Route[]
  /** The path of a document in a language, or undefined when it is not published. */
  pathOf(collection: LinkableCollection, id: Doc['id'], locale: Locale): string | undefined
  homeOf(locale: Locale): string
  find(path: string): Route | undefined
  /** The donate page, when there is one. */
  donatePathOf(locale: Locale): string | undefined
}

const slugOf = (doc: Doc, locale: Locale) => text(doc.slug as never, locale)

/** Pages a visitor only reaches after a payment or a form: left out of the sitemap. */
const confirmationKinds = new Set<RouteKind>(['donationThanks', 'donationCancelled', 'applicationReceived', 'pledgeReceived', 'selfServiceSent'])

function pathsFor(kind: RouteKind, doc: Doc | undefined, parent?: Doc): Record<Locale, string> {
  const entries = locales.map((locale) => {
    const r = ui(locale).routes
    const path = {
      home: `/${locale}/`,
      page: doc ? `/${locale}/${slugOf(doc, locale)}/` : '',
      programmeIndex: `/${locale}/${r.programmes}/`,
      programme: doc ? `/${locale}/${r.programmes}/${slugOf(doc, locale)}/` : '',
      newsIndex: `/${locale}/${r.news}/`,
      newsArticle: doc ? `/${locale}/${r.news}/${slugOf(doc, locale)}/` : '',
      donationThanks: doc ? donationReturnPath(`/${locale}/${slugOf(doc, locale)}/`, 'thanks', locale) : '',
      donationCancelled: doc ? donationReturnPath(`/${locale}/${slugOf(doc, locale)}/`, 'cancelled', locale) : '',
      // Where a form sent without script lands (see domain/formConfirmationPages.ts).
      applicationReceived: doc ? formConfirmationPath(`/${locale}/${slugOf(doc, locale)}/`, 'application', locale) : '',
      pledgeReceived: doc ? formConfirmationPath(`/${locale}/${slugOf(doc, locale)}/`, 'pledge', locale) : '',
      redirect: '', // old addresses come from the redirects collection, see redirectRoutes()
      // A role lives under the volunteering page, in each language's own words: /fr/benevolat/visiteur-accredite/
      volunteerRole: doc && parent ? `/${locale}/${slugOf(parent, locale)}/${slugOf(doc, locale)}/` : '',
      // Where anyone asks for a new personal link to their own details (domain/selfServicePages.ts).
      selfServiceRequest: selfServiceRequestPath(locale),
      selfServiceSent: selfServiceSentPath(locale),
    }[kind]
    return [locale, path] as const
  })
  return Object.fromEntries(entries) as Record<Locale, string>
}

export function buildRouteTable(content: SiteContent): RouteTable {
  const volunteering = content.pages.find((doc) => doc.purpose === 'volunteering')
  const wishlist = content.pages.find((doc) => doc.purpose === 'wishlist')
  const entries: { kind: RouteKind; doc?: Doc; collection?: LinkableCollection; parent?: Doc }[] = [
    ...content.pages.map((doc) => ({ kind: (doc.purpose === 'home' ? 'home' : 'page') as RouteKind, doc, collection: 'pages' as const })),
    ...(content.programmes.length > 0 ? [{ kind: 'programmeIndex' as const }] : []),
    ...content.programmes.map((doc) => ({ kind: 'programme' as const, doc, collection: 'programmes' as const })),
    ...content.pages
      .filter((doc) => doc.purpose === 'donate')
      .flatMap((doc) => [{ kind: 'donationThanks' as const, doc }, { kind: 'donationCancelled' as const, doc }]),
    ...(volunteering ? [{ kind: 'applicationReceived' as const, doc: volunteering }] : []),
    ...(wishlist ? [{ kind: 'pledgeReceived' as const, doc: wishlist }] : []),
    { kind: 'newsIndex' as const },
    { kind: 'selfServiceRequest' as const },
    { kind: 'selfServiceSent' as const },
    ...content.news.map((doc) => ({ kind: 'newsArticle' as const, doc, collection: 'news' as const })),
    // Roles get pages only while a volunteering page is published to list them.
    ...(volunteering ? (content.volunteerRoles ?? []).map((doc) => ({ kind: 'volunteerRole' as const, doc, collection: 'volunteer-roles' as const, parent: volunteering })) : []),
  ]

  const routes: Route[] = []
  let donatePaths: Record<Locale, string> | undefined
  const byDoc = new Map<string, Record<Locale, string>>()
  for (const { kind, doc, collection, parent } of entries) {
    const alternates = pathsFor(kind, doc, parent)
    if (doc && collection) byDoc.set(`${collection}:${doc.id}`, alternates)
    if (kind === 'page' && doc?.purpose === 'donate') donatePaths = alternates
    const inSitemap = !confirmationKinds.has(kind)
    const confirmed = inSitemap ? undefined : kind === 'selfServiceSent' ? pathsFor('selfServiceRequest', undefined) : pathsFor('page', doc)
    for (const locale of locales) routes.push({ kind, locale, path: alternates[locale], doc, alternates, inSitemap, canonicalPath: confirmed?.[locale] })
  }

  routes.push(...redirectRoutes(content, byDoc, routes))

  const byPath = new Map<string, Route>()
  for (const route of routes) {
    const clash = byPath.get(route.path)
    if (clash) {
      throw new Error(`Two documents want the address ${route.path} (${clash.kind} and ${route.kind}). Change one slug in the CMS.`)
    }
    byPath.set(route.path, route)
  }

  return {
    routes,
    pathOf: (collection, id, locale) => byDoc.get(`${collection}:${id}`)?.[locale],
    homeOf: (locale) => `/${locale}/`,
    find: (path) => byPath.get(path),
    donatePathOf: (locale) => donatePaths?.[locale],
  }
}

/**
 * Old addresses (the `redirects` collection) become pages that forward at once. One that
 * now belongs to a page again, or leads nowhere published, is left out.
 */
function redirectRoutes(content: SiteContent, byDoc: Map<string, Record<Locale, string>>, routes: Route[]): Route[] {
  const taken = new Set(routes.map((route) => route.path))
  return (content.redirects ?? []).flatMap((redirect) => {
    const from = String(redirect.from ?? '')
    const locale = from.split('/')[1] as Locale
    if (!locales.includes(locale) || taken.has(from)) return []
    const to = redirect.to as { type?: string; url?: string; reference?: { relationTo: LinkableCollection; value: Doc | number | string } } | undefined
    const reference = to?.reference
    const target =
      to?.type === 'external'
        ? to.url
        : reference && byDoc.get(`${reference.relationTo}:${typeof reference.value === 'object' ? reference.value.id : reference.value}`)?.[locale]
    if (!target || target === from) return []
    taken.add(from)
    const alternates = Object.fromEntries(locales.map((other) => [other, other === locale ? from : `/${other}/`])) as Record<Locale, string>
    return [{ kind: 'redirect' as const, locale, path: from, alternates, inSitemap: false, target }]
  })
}
