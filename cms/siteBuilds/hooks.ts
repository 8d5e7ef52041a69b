import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { requestSiteRebuild } from './scheduler'

/**
 * The hooks that keep the public site in step with the CMS: publishing, changing what is
 * published, unpublishing or deleting anything the site shows starts a rebuild. Saving a
 * draft changes nothing the public sees, so it starts none.
 */
type Versioned = { _status?: 'draft' | 'published' | null } | undefined

/**
 * After a save as draft, the document is a draft; after an unpublish too. Only the
 * stored, published record tells them apart: an unpublished document has none left.
 */
async function publicVersionChanged(req: PayloadRequest, doc: Versioned, previous: Versioned, isStillPublished: () => Promise<boolean>): Promise<boolean> {
  if (doc?._status === undefined) return true // not versioned: every change is public
  if (doc._status === 'published') return true
  return previous?._status === 'published' && !(await isStillPublished())
}

export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req, operation }) => {
  if (req.context.skipSiteRebuild) return doc
  const stillPublished = async () => {
    const stored = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
    return (stored as Versioned)?._status === 'published'
  }
  if (await publicVersionChanged(req, doc, previousDoc, stillPublished)) {
    requestSiteRebuild(req.payload, `${operation === 'create' ? 'created' : 'updated'} ${collection.slug} ${doc.id}`)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  if (!req.context.skipSiteRebuild) requestSiteRebuild(req.payload, `deleted ${collection.slug} ${doc.id}`)
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, previousDoc, global, req }) => {
  if (req.context.skipSiteRebuild) return doc
  const stillPublished = async () => {
    const stored = await req.payload.db.findGlobal({ slug: global.slug, req })
    return (stored as Versioned)?._status === 'published'
  }
  if (await publicVersionChanged(req, doc, previousDoc, stillPublished)) requestSiteRebuild(req.payload, `updated ${global.slug}`)
  return doc
}

/** For collections and globals whose content the static site shows. */
export const rebuildSiteHooks = { afterChange: [rebuildAfterChange], afterDelete: [rebuildAfterDelete] }
export const rebuildSiteGlobalHooks = { afterChange: [rebuildAfterGlobalChange] }
