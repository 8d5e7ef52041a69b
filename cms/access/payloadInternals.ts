import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { hasRole } from './roles'

/**
 * Access to the collections and globals Payload adds by itself. Where Payload's defaults
 * let any signed-in user in, this site closes or narrows them:
 *
 * - `payload-jobs` (queued jobs and their inputs: email addresses, record ids), `payload-kv`
 *   and `payload-migrations`: nobody over the API. (Payload 3.90 already closes the first
 *   two and exposes no route for migrations; said here so that an upgrade cannot reopen
 *   them.) Payload reaches them through its own code (`payload.jobs`, `payload.db`, the
 *   Local API), which does not ask these rules. Queuing, running and cancelling jobs over
 *   the API is refused by `jobs.access` in payload.config.ts.
 * - `payload-jobs-stats` (when each scheduled task was last queued; Payload's default
 *   lets any staff member read and overwrite it): nobody over the API.
 * - `payload-locked-documents` (who is editing what; Payload's default lets any staff
 *   member create, read, change and delete every lock): nobody creates a lock over the API
 *   — the admin takes locks itself, in the database, when someone starts editing. A staff
 *   member sees, takes over (names themself) and releases only locks on collections and
 *   globals they may edit, and never moves a lock to another document or names someone else.
 * - `payload-preferences` keeps Payload's own rules: each user reads, changes and deletes
 *   only their own (the owner is always the signed-in user).
 *
 * Payload builds these collections while it sanitizes the config, after plugins run, so the
 * rules are set on the sanitized config (`buildConfig(…).then(restrictPayloadInternals)`).
 */
export function restrictPayloadInternals(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (closedCollections.includes(collection.slug)) Object.assign(collection.access, { create: nobody, read: nobody, readVersions: nobody, update: nobody, delete: nobody })
    if (collection.slug === 'payload-locked-documents') Object.assign(collection.access, { create: nobody, read: locksOnEditableDocuments, update: takeOverLock, delete: locksOnEditableDocuments })
  }
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') Object.assign(global.access, { read: nobody, readVersions: nobody, update: nobody })
  }
  return config
}

const closedCollections = ['payload-jobs', 'payload-kv', 'payload-migrations']

const nobody: Access = () => false

/** Locks on what the user may edit (any update rule that is not a plain "no"), and their own. */
export const locksOnEditableDocuments: Access = async ({ req }) => {
  const user = req.user
  if (!user) return false
  if (hasRole(user, 'administrator')) return true
  const { collections, globals } = await editable(req)
  const or: Where[] = [{ and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }]
  // Payload queries a polymorphic relationship's collection with `equals` only.
  for (const collection of collections) or.push({ 'document.relationTo': { equals: collection } })
  if (globals.length > 0) or.push({ globalSlug: { in: globals } })
  return { or }
}

/** Taking over a lock names oneself as the editor; nothing else about a lock changes by hand. */
export const takeOverLock: Access = async (args) => {
  const data = args.data as Record<string, unknown> | undefined
  if (data && ('document' in data || 'globalSlug' in data)) return false
  if (data?.user !== undefined && String(idOf(data.user)) !== String(args.req.user?.id)) return false
  return locksOnEditableDocuments(args)
}

function idOf(value: unknown): unknown {
  if (value && typeof value === 'object') return 'value' in value ? idOf((value as { value: unknown }).value) : (value as { id?: unknown }).id
  return value
}

async function editable(req: PayloadRequest): Promise<{ collections: string[]; globals: string[] }> {
  const { collections, globals } = req.payload.config
  const mayUpdate = async (rule: Access | undefined) => (rule ? Boolean(await rule({ req })) : Boolean(req.user))
  const editableSlugs = async (entities: { slug: string; access: { update?: Access }; lockDocuments?: unknown }[]): Promise<string[]> => {
    const slugs = await Promise.all(entities.filter((entity) => entity.lockDocuments !== false).map(async (entity) => ((await mayUpdate(entity.access.update)) ? entity.slug : '')))
    return slugs.filter(Boolean)
  }
  const [collectionSlugs, globalSlugs] = await Promise.all([editableSlugs(collections), editableSlugs(globals)])
  return { collections: collectionSlugs, globals: globalSlugs }
}
