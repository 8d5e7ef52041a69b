import type { Locale } from '../../domain/locales'
import { ui } from '../../site/i18n'

/** A document's address on the site in one language: the rules of site/lib/routes.ts, for the CMS's own use. */
export function documentPath(collection: 'pages' | 'programmes' | 'news', doc: { purpose?: string | null; slug?: string | null }, locale: Locale): string {
  if (collection === 'pages') return doc.purpose === 'home' ? `/${locale}/` : `/${locale}/${doc.slug}/`
  const segment = collection === 'programmes' ? ui(locale).routes.programmes : ui(locale).routes.news
  return `/${locale}/${segment}/${doc.slug}/`
}
