import type { Locale } from '../../domain/locales'
import type { Doc } from './cms'
import { type InLanguage, pick } from './localized'
import type { LinkableCollection, RouteTable } from './routes'

export type LinkValue = {
  type?: 'internal' | 'external' | null
  url?: string | null
  label?: unknown
  reference?: { relationTo: LinkableCollection; value: Doc | number | string } | null
}

export type ResolvedLink = { href: string; label: InLanguage; external: boolean }

/** A CMS link as an address in the visitor's language; undefined when its target is not published. */
export function resolveLink(link: LinkValue | null | undefined, locale: Locale, routes: RouteTable): ResolvedLink | undefined {
  if (!link) return undefined
  const label = pick<string>(link.label as never, locale)
  if (!label) return undefined
  if (link.type === 'external') return link.url ? { href: link.url, label, external: true } : undefined
  const reference = link.reference
  if (!reference) return undefined
  const id = typeof reference.value === 'object' ? reference.value.id : reference.value
  const href = routes.pathOf(reference.relationTo, id, locale)
  return href ? { href, label, external: false } : undefined
}
