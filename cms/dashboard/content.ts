import type { CollectionSlug, GlobalSlug, Payload, TypedUser } from 'payload'
import type { Locale } from '../../domain/locales'
import { hasRole } from '../access/roles'
import { type TranslatedField, translatedFields, translationGaps } from '../components/translationGaps'
import { emailMessagesSlug } from '../email/constants'
import { as } from './access'

export type DraftLine = { collection: CollectionSlug; id: number | string; title?: string; updatedAt: string }
export type GlobalDraftLine = { global: GlobalSlug; updatedAt: string }
export type TranslationGapLine = { collection: CollectionSlug; id: number | string; title?: string; missing: Partial<Record<Locale, TranslatedField[]>> }
export type BuildLine = { id: number | string; startedAt: string; error?: string }
export type FailedEmails = {
  byKind: { kind: string; count: number }[]
  /** Only for administrators, who may open the messages (they carry names and addresses). */
  messages?: { id: number | string; kind: string; updatedAt: string }[]
}
export type ContentSummary = {
  drafts: DraftLine[]
  globalDrafts: GlobalDraftLine[]
  translationGaps: TranslationGapLine[]
  failedBuilds: BuildLine[]
  lastBuild?: { status: string; startedAt: string }
  failedEmails: FailedEmails
}

/**
 * The communication officer: what is saved but not published, what is not translated,
 * and what failed (site builds, emails).
 */
export async function contentSummary(payload: Payload, user: TypedUser, options: { locale: Locale; limit?: number }): Promise<ContentSummary> {
  const limit = options.limit ?? 10
  const [drafts, globalDrafts, gaps, builds, failedEmails] = await Promise.all([
    unpublishedDrafts(payload, user, options.locale, limit),
    unpublishedGlobals(payload, user),
    missingTranslations(payload, user, limit),
    failedBuilds(payload, user),
    failedEmailsFor(payload, user, limit),
  ])
  return { drafts, globalDrafts, translationGaps: gaps, ...builds, failedEmails }
}

/** Documents whose latest version is a draft: never published, or changed since. */
async function unpublishedDrafts(payload: Payload, user: TypedUser, locale: Locale, limit: number): Promise<DraftLine[]> {
  const collections = payload.config.collections.filter((collection) => collection.versions?.drafts)
  const found = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.findVersions({
        collection: collection.slug as CollectionSlug,
        where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
        sort: '-updatedAt',
        limit,
        depth: 0,
        locale,
        ...as(user),
      })
      const titleField = collection.admin?.useAsTitle
      return docs.map((doc) => {
        const version = doc.version as unknown as Record<string, unknown>
        const title = titleField ? version[titleField] : undefined
        return { collection: collection.slug as CollectionSlug, id: doc.parent as number | string, title: typeof title === 'string' && title ? title : undefined, updatedAt: String(doc.updatedAt) }
      })
    }),
  )
  return found.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit)
}

/** Settings saved as a draft and not published: the site and the emails still use the published ones. */
async function unpublishedGlobals(payload: Payload, user: TypedUser): Promise<GlobalDraftLine[]> {
  const globals = payload.config.globals.filter((global) => global.versions?.drafts)
  const found = await Promise.all(
    globals.map(async (global) => {
      const { docs } = await payload.findGlobalVersions({ slug: global.slug as GlobalSlug, where: { latest: { equals: true } }, sort: '-updatedAt', limit: 1, depth: 0, ...as(user) })
      const latest = docs[0]
      return latest && (latest.version as { _status?: string })._status === 'draft' ? [{ global: global.slug as GlobalSlug, updatedAt: String(latest.updatedAt) }] : []
    }),
  )
  return found.flat()
}

/** Public documents (in their latest draft) whose title, slug or summary is empty in some language. */
async function missingTranslations(payload: Payload, user: TypedUser, limit: number): Promise<TranslationGapLine[]> {
  const lines: TranslationGapLine[] = []
  for (const collection of payload.config.collections) {
    const localized = collection.flattenedFields.filter((field) => (translatedFields as readonly string[]).includes(field.name) && 'localized' in field && field.localized)
    if (localized.length === 0 || !collection.versions?.drafts) continue
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      locale: 'all',
      draft: true,
      pagination: false,
      depth: 0,
      select: Object.fromEntries(localized.map((field) => [field.name, true])),
      ...as(user),
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const gaps = translationGaps(doc)
      const missing = Object.fromEntries(Object.entries(gaps).filter(([, fields]) => fields.length > 0))
      if (Object.keys(missing).length === 0) continue
      const titles = doc.title as Partial<Record<Locale, string>> | undefined
      lines.push({ collection: collection.slug as CollectionSlug, id: doc.id as number | string, title: titles?.nl || titles?.fr || titles?.en || undefined, missing })
    }
  }
  return lines.slice(0, limit)
}

/** The builds that failed since the last one that succeeded (a failed build leaves the previous site online). */
async function failedBuilds(payload: Payload, user: TypedUser): Promise<Pick<ContentSummary, 'failedBuilds' | 'lastBuild'>> {
  const { docs } = await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 20, depth: 0, ...as(user) })
  const lastGood = docs.findIndex((build) => build.status === 'succeeded')
  const sinceGood = lastGood === -1 ? docs : docs.slice(0, lastGood)
  const last = docs[0]
  return {
    failedBuilds: sinceGood
      .filter((build) => build.status === 'failed')
      .map((build) => ({ id: build.id, startedAt: String(build.startedAt), error: build.error?.split('\n')[0]?.slice(0, 200) || undefined })),
    lastBuild: last ? { status: String(last.status), startedAt: String(last.startedAt) } : undefined,
  }
}

/**
 * Emails that failed after all their retries. Messages carry names and addresses, so
 * only administrators read them (cms/access/content.ts); the communication officer, who
 * fixes their usual cause (an empty contact address), sees how many failed of each kind,
 * and nothing of what they say. That count is the one place the dashboard reads past the
 * reader's access, and it returns numbers only.
 */
async function failedEmailsFor(payload: Payload, user: TypedUser, limit: number): Promise<FailedEmails> {
  const failed = { status: { equals: 'failed' } } as const
  const { docs } = await payload.find({ collection: emailMessagesSlug, where: failed, select: { kind: true }, pagination: false, depth: 0, overrideAccess: true })
  const counts = new Map<string, number>()
  for (const message of docs) counts.set(String(message.kind), (counts.get(String(message.kind)) ?? 0) + 1)
  const byKind = [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count)
  if (!hasRole(user, 'administrator')) return { byKind }
  const readable = await payload.find({ collection: emailMessagesSlug, where: failed, sort: '-updatedAt', limit, depth: 0, select: { kind: true, updatedAt: true }, ...as(user) })
  return { byKind, messages: readable.docs.map((message) => ({ id: message.id, kind: String(message.kind), updatedAt: String(message.updatedAt) })) }
}
