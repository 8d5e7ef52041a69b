import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { isLocale } from '../../../domain/locales'
import { documentPath } from '../../siteBuilds/sitePaths'

/**
 * When a published page, programme or article gets a new slug, its old address forwards
 * to it, so that links and bookmarks keep working. The old address is the one of the
 * version the public saw, read before the change: drafts saved in between do not count.
 */
type Collection = 'pages' | 'programmes' | 'news'
type Published = { slug?: string | null; purpose?: string | null }

export const rememberPublishedAddress =
  (collection: Collection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, operation }) => {
    if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id || !isLocale(req.locale)) return data
    const published = await req.payload.findByID({ collection, id: originalDoc.id, locale: req.locale, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (published?._status === 'published') req.context[`publishedAddress:${collection}:${originalDoc.id}`] = { slug: published.slug, purpose: (published as Published).purpose }
    return data
  }

export const redirectOnSlugChange =
  (collection: Collection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const locale = req.locale
    const before = req.context[`publishedAddress:${collection}:${doc.id}`] as Published | undefined
    if (!before?.slug || !isLocale(locale) || doc._status !== 'published' || before.slug === doc.slug) return doc
    const from = documentPath(collection, before, locale)
    if (from === documentPath(collection, doc, locale)) return doc
    const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, overrideAccess: true, req })
    const data = { from, to: { type: 'internal' as const, reference: { relationTo: collection, value: doc.id } }, _status: 'published' as const }
    if (existing.docs[0]) await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data, overrideAccess: true, req })
    else await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
    return doc
  }
