import { randomInt } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'
import { structuredCommunicationFor } from '../../../domain/StructuredCommunication'
import type { Role } from '../../../cms/access/roles'
import type { ApiClient, RestResult, Who } from './apiClient'

/**
 * The access matrix: who may read, create, update and delete what, for every collection
 * (Payload's own included) and global, and the documents the test works on.
 *
 * Letters are the operations allowed: r read, c create, u update, d delete. `~` after a
 * letter: on some documents only — published ones (content), open and fulfilled needs,
 * one's own account or preferences, locks on what one may edit. Nothing: no access at all.
 */
export type Reach = 'all' | 'some' | 'none'
export type Rule = { read: Reach; create: boolean; update: Reach; delete: Reach }

export function rule(letters: string): Rule {
  const tokens = letters.split(' ')
  const reach = (op: string): Reach => (tokens.includes(op) ? 'all' : tokens.includes(`${op}~`) ? 'some' : 'none')
  return { read: reach('r'), create: tokens.includes('c'), update: reach('u'), delete: reach('d') }
}

const staffAlike = (letters: string, others: Partial<Record<Who, string>>): Record<Who, string> => ({
  anonymous: '',
  administrator: letters,
  'communication-officer': letters,
  'volunteer-coordinator': letters,
  finance: letters,
  goods: letters,
  ...others,
})
const content = staffAlike('r~', { anonymous: 'r~', administrator: 'r c u d', 'communication-officer': 'r c u d' })
const only = (cells: Partial<Record<Who, string>>) => staffAlike('', cells)

export const collectionMatrix: Record<string, Record<Who, string>> = {
  pages: content,
  programmes: content,
  news: content,
  partners: content,
  redirects: content,
  media: staffAlike('r', { anonymous: 'r', administrator: 'r c u d', 'communication-officer': 'r c u d' }),
  // Director and bookkeeper: finance. Online gifts only by the checkout (see fieldAccess.test.ts).
  donations: only({ administrator: 'r c u d', finance: 'r c u' }),
  'monthly-gifts': only({ administrator: 'r d', finance: 'r' }),
  'stripe-events': only({ administrator: 'r' }),
  // Bank transfers (issue 11): references come from the donate page's endpoint, statements and their lines from finance's upload; nobody writes them by hand.
  'bank-transfer-references': only({ administrator: 'r d', finance: 'r' }),
  'bank-statements': only({ administrator: 'r d', finance: 'r' }),
  'bank-statement-lines': only({ administrator: 'r d', finance: 'r' }),
  // Tax certificates: made and corrected only by the issue action; nobody writes or deletes one through the API.
  'tax-certificates': only({ administrator: 'r', finance: 'r' }),
  // Their log (who issued, emailed or downloaded what): written by the CMS alone.
  'tax-certificate-log': only({ administrator: 'r', finance: 'r' }),
  'email-messages': only({ administrator: 'r d' }),
  'site-builds': only({ administrator: 'r d', 'communication-officer': 'r' }),
  needs: staffAlike('r~', { anonymous: 'r~', administrator: 'r c u d', 'communication-officer': 'r c u', goods: 'r c u' }),
  'volunteer-roles': staffAlike('r~', { anonymous: 'r~', administrator: 'r c u d', 'communication-officer': 'r c u d', 'volunteer-coordinator': 'r c u d' }),
  // Applications arrive only through their form's endpoint: nobody creates one through the API.
  'volunteer-applications': only({ administrator: 'r u d', 'volunteer-coordinator': 'r u d' }),
  pledges: only({ administrator: 'r c u d', goods: 'r c u' }),
  users: staffAlike('r~ u~', { administrator: 'r c u d' }),
  'payload-preferences': staffAlike('c r~ u~ d~', {}),
  // Locks are taken by the admin itself (in the database), never created over the API.
  'payload-locked-documents': staffAlike('r~ u~ d~', { administrator: 'r u d' }),
  'payload-jobs': only({}),
  'payload-kv': only({}),
  // What people did through their personal link: written by the CMS alone, read by administrators.
  'self-service-events': only({ administrator: 'r' }),
}

export const globalMatrix: Record<string, Record<Who, string>> = {
  organisation: staffAlike('r', { anonymous: 'r', administrator: 'r u', 'communication-officer': 'r u' }),
  giving: staffAlike('r', { anonymous: 'r', administrator: 'r u', 'communication-officer': 'r u' }),
  header: staffAlike('r', { anonymous: 'r', administrator: 'r u', 'communication-officer': 'r u' }),
  footer: staffAlike('r', { anonymous: 'r', administrator: 'r u', 'communication-officer': 'r u' }),
  'volunteering-settings': only({ administrator: 'r u', 'volunteer-coordinator': 'r u' }),
  'tax-certificate-settings': only({ administrator: 'r u', finance: 'r u' }),
  'goods-settings': staffAlike('r', { anonymous: 'r', administrator: 'r u', 'communication-officer': 'r u', goods: 'r u' }),
  'payload-jobs-stats': only({}),
}

/** Changes each global accepts, as a function of its current value so that each is a real change. */
export const globalPatches: Record<string, (current: any, tag: string) => Record<string, unknown>> = {
  organisation: (current, tag) => ({ name: current.name, description: current.description, shortName: tag }),
  giving: (current) => ({ minimumEuros: (current.minimumEuros ?? 5) + 1, maximumEuros: current.maximumEuros ?? 10000 }),
  header: (current) => ({ navItems: (current.navItems ?? []).length > 0 ? [] : [{ link: { type: 'external', url: 'https://example.org/', label: 'Example' } }] }),
  footer: (_, tag) => ({ note: tag }),
  'volunteering-settings': (current) => ({ retentionWeeks: ((current.retentionWeeks ?? 4) % 50) + 1, futureRolesMonths: current.futureRolesMonths ?? 12 }),
  'goods-settings': (current) => ({ pledgeDays: ((current.pledgeDays ?? 14) % 300) + 1 }),
  'tax-certificate-settings': (current) => ({ minimumCents: ((current.minimumCents ?? 4000) % 10_000) + 100 }),
  'payload-jobs-stats': (_, tag) => ({ stats: { tag } }),
}

/** Documents the fixtures refer to (a role to apply for, a need to pledge to, …), made once. */
export type Ctx = { payload: Payload; users: Map<Role, number>; shared: Record<string, number>; image: Buffer }
export type Scope = 'any' | 'visible' | 'hidden'

type Fixture = {
  /** Data for a new document, valid for REST and (converted) GraphQL alike. */
  data: (ctx: Ctx, tag: string, who: Who) => Record<string, unknown>
  /** A change to check, made through the API. */
  patch: (ctx: Ctx, tag: string, who: Who) => Record<string, unknown>
  /** How a document in the given scope is made (defaults to `data`, as it is). */
  seed?: (ctx: Ctx, tag: string, who: Who, scope: Scope) => Promise<number>
}

const rich = (text: string) => ({ root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children: [{ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } })
const person = (tag: string) => ({ name: `Person ${tag}`, email: `${tag}@example.org` })
const someoneElse = (ctx: Ctx, who: Who): number => ctx.users.get(who === 'goods' ? 'finance' : 'goods')!
const user = (id: number) => ({ relationTo: 'users', value: id })

/** Published, or (hidden from the public) a draft. */
const versioned = (collection: CollectionSlug) => async (ctx: Ctx, tag: string, who: Who, scope: Scope) => {
  const doc = await ctx.payload.create({ collection, data: { ...fixtures[collection]!.data(ctx, tag, who), _status: scope === 'hidden' ? 'draft' : 'published' } as never, draft: scope === 'hidden', overrideAccess: true })
  return doc.id as number
}

/** For locks: a collection each role may edit (visible) and one it may not (hidden). */
const lockTargets: Record<Who, { visible: string; hidden: string }> = {
  anonymous: { visible: 'pages', hidden: 'donations' },
  administrator: { visible: 'donations', hidden: 'donations' },
  'communication-officer': { visible: 'pages', hidden: 'donations' },
  'volunteer-coordinator': { visible: 'volunteer-applications', hidden: 'donations' },
  finance: { visible: 'donations', hidden: 'pages' },
  goods: { visible: 'pledges', hidden: 'volunteer-applications' },
}

export const fixtures: Record<string, Fixture> = {
  pages: { data: (_, tag) => ({ title: `Page ${tag}`, purpose: 'general', layout: [{ blockType: 'programmesList' }] }), patch: (_, tag) => ({ title: `Changed ${tag}` }), seed: versioned('pages') },
  programmes: { data: (_, tag) => ({ title: `Programme ${tag}`, summary: 'Summary', body: rich('Body') }), patch: (_, tag) => ({ title: `Changed ${tag}` }), seed: versioned('programmes') },
  news: { data: (_, tag) => ({ title: `News ${tag}`, publishedAt: new Date().toISOString(), summary: 'Summary', body: rich('Body') }), patch: (_, tag) => ({ title: `Changed ${tag}` }), seed: versioned('news') },
  partners: { data: (_, tag) => ({ name: `Partner ${tag}` }), patch: (_, tag) => ({ name: `Changed ${tag}` }), seed: versioned('partners') },
  redirects: { data: (_, tag) => ({ from: `/old-${tag}`, to: { type: 'external', url: 'https://example.org/' } }), patch: (_, tag) => ({ from: `/changed-${tag}`, to: { type: 'external', url: 'https://example.org/' } }), seed: versioned('redirects') },
  'volunteer-roles': { data: (_, tag) => ({ title: `Role ${tag}`, summary: 'Summary', duties: rich('Duties'), places: ['home'], kind: 'office', applicationForm: 'standard' }), patch: (_, tag) => ({ title: `Changed ${tag}` }), seed: versioned('volunteer-roles') },
  media: {
    data: () => ({ alt: { nl: 'Vlak', fr: 'Surface', en: 'Plane' } }),
    patch: (_, tag) => ({ alt: { nl: 'Vlak', fr: 'Surface', en: 'Plane' }, credit: tag }),
    seed: async (ctx, tag) => (await ctx.payload.create({ collection: 'media', data: { alt: { nl: tag, fr: tag, en: tag } }, file: { data: ctx.image, mimetype: 'image/png', name: `${tag}.png`, size: ctx.image.length }, overrideAccess: true })).id as number,
  },
  donations: { data: (_, tag) => ({ source: 'offline', kind: 'bank-transfer', status: 'paid', amountCents: 2500, receivedAt: new Date().toISOString(), donorName: `Donor ${tag}` }), patch: (_, tag) => ({ notes: tag }) },
  'bank-transfer-references': { data: (_, tag) => ({ communication: structuredCommunicationFor(randomInt(1, 10_000_000_000)), donorName: `Donor ${tag}`, donorEmail: `${tag}@example.org`, locale: 'nl' }), patch: (_, tag) => ({ donorName: tag }) },
  'bank-statements': { data: (_, tag) => ({ filename: `${tag}.cod`, format: 'coda' }), patch: (_, tag) => ({ filename: `changed-${tag}.cod` }) },
  'bank-statement-lines': { data: (_, tag) => ({ lineKey: `line-${tag}`, status: 'to-review', bookingDate: new Date().toISOString(), amountCents: 1000 }), patch: (_, tag) => ({ note: tag }) },
  'tax-certificates': { data: (_, tag) => ({ year: 2025, number: randomInt(1, 1_000_000_000), donorKey: `email:${tag}@example.org`, familyName: `Donor ${tag}`, email: `${tag}@example.org`, amountCents: 5000, status: 'issued', treatment: 'original' }), patch: (_, tag) => ({ familyName: tag }) },
  'tax-certificate-log': { data: (_, tag) => ({ action: 'downloaded-zip', year: 2025, detail: tag }), patch: (_, tag) => ({ detail: `changed ${tag}` }) },
  'monthly-gifts': { data: (_, tag) => ({ amountCents: 1000, donorName: `Donor ${tag}`, donorEmail: `${tag}@example.org`, status: 'active' }), patch: (_, tag) => ({ donorName: tag }) },
  'stripe-events': { data: (_, tag) => ({ eventId: `evt_${tag}`, type: 'checkout.session.completed' }), patch: (_, tag) => ({ type: tag }) },
  'email-messages': { data: (_, tag) => ({ kind: 'donation-thank-you', locale: 'nl', to: `${tag}@example.org`, subject: 'Dank u', idempotencyKey: tag, html: '<p>Dank u</p>', text: 'Dank u', status: 'queued', attempts: 0 }), patch: (_, tag) => ({ subject: tag }) },
  'site-builds': { data: (_, tag) => ({ status: 'succeeded', startedAt: new Date().toISOString(), trigger: tag }), patch: (_, tag) => ({ trigger: `changed ${tag}` }) },
  needs: {
    data: (_, tag) => ({ name: `Need ${tag}`, category: 'other', quantityNeeded: 1000, unit: 'boxes', condition: 'new', status: 'open', priority: 'normal', dropOff: { address: 'Rue Maurice Liétart 31, 1150 Brussels' } }),
    patch: (_, tag) => ({ name: `Changed ${tag}` }),
    seed: async (ctx, tag, who, scope) => (await ctx.payload.create({ collection: 'needs', data: { ...fixtures.needs!.data(ctx, tag, who), status: scope === 'hidden' ? 'closed' : 'open' } as never, overrideAccess: true })).id as number,
  },
  'volunteer-applications': { data: (ctx, tag) => ({ role: ctx.shared.role, ...person(tag), status: 'new', locale: 'en', track: 'standard', consent: true }), patch: (_, tag) => ({ privateNotes: tag }) },
  pledges: { data: (ctx, tag) => ({ need: ctx.shared.need, quantity: 1, status: 'pledged', ...person(tag) }), patch: (_, tag) => ({ notes: tag }) },
  users: {
    data: (_, tag) => ({ ...person(tag), password: 'a-long-test-password', roles: ['goods'] }),
    patch: (_, tag) => ({ name: `Changed ${tag}` }),
    seed: async (ctx, tag, who, scope) => {
      if (scope === 'visible' && who !== 'anonymous') return ctx.users.get(who)!
      return (await ctx.payload.create({ collection: 'users', data: fixtures.users!.data(ctx, tag, who) as never, overrideAccess: true })).id as number
    },
  },
  // Created for someone else on purpose: the owner is always the one signed in.
  'payload-preferences': {
    data: (ctx, tag, who) => ({ key: `key-${tag}`, value: { tag }, user: user(someoneElse(ctx, who)) }),
    patch: (_, tag) => ({ value: { changed: tag } }),
    seed: async (ctx, tag, who, scope) => {
      const owner = scope === 'visible' && who !== 'anonymous' ? ctx.users.get(who)! : someoneElse(ctx, who)
      const doc = await ctx.payload.create({ collection: 'payload-preferences', data: { key: `key-${tag}`, value: { tag } } as never, user: { id: owner, collection: 'users' } as never, overrideAccess: true })
      return doc.id as number
    },
  },
  'payload-locked-documents': {
    data: (ctx, _, who) => ({ document: { relationTo: 'pages', value: ctx.shared.pages }, user: user(who === 'anonymous' ? someoneElse(ctx, who) : ctx.users.get(who)!) }),
    // Taking over: naming oneself as the editor, as the admin does.
    patch: (ctx, _, who) => ({ user: user(ctx.users.get(who === 'anonymous' ? 'administrator' : who)!) }),
    seed: async (ctx, _, who, scope) => {
      const collection = scope === 'hidden' ? lockTargets[who].hidden : lockTargets[who].visible
      const doc = await ctx.payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: collection, value: ctx.shared[collection] }, user: user(someoneElse(ctx, who)) } as never, overrideAccess: true })
      return doc.id as number
    },
  },
  'payload-jobs': { data: () => ({ taskSlug: 'sendEmail', queue: 'access-matrix', input: {} }), patch: (_, tag) => ({ queue: tag }) },
  'payload-kv': { data: (_, tag) => ({ key: tag, data: { tag } }), patch: (_, tag) => ({ data: { changed: tag } }) },
  'self-service-events': { data: (_, tag) => ({ personKind: 'giver', action: 'cancelled-pledge', subjectCollection: 'pledges', subjectId: tag }), patch: (_, tag) => ({ subjectId: `changed-${tag}` }) },
}

export async function seed(ctx: Ctx, slug: string, tag: string, who: Who, scope: Scope): Promise<number> {
  const fixture = fixtures[slug]!
  if (fixture.seed) return fixture.seed(ctx, tag, who, scope)
  return (await ctx.payload.create({ collection: slug as CollectionSlug, data: fixture.data(ctx, tag, who) as never, overrideAccess: true })).id as number
}

/** Whether a stored document shows the values of a patch (relationships compared by id). */
export function shows(doc: Record<string, any> | null | undefined, patch: Record<string, unknown>): boolean {
  if (!doc) return false
  return Object.entries(patch).every(([key, value]) => {
    const stored = doc[key]
    if (value && typeof value === 'object' && 'relationTo' in value) return String((stored as { value?: unknown })?.value ?? stored) === String((value as unknown as { value: unknown }).value)
    return JSON.stringify(stored ?? null) === JSON.stringify(value ?? null) || (typeof value === 'object' && value !== null && !Array.isArray(value) && shows(stored, value as Record<string, unknown>))
  })
}

/** Refused over REST: 401 or 403, or 404 for a document out of the caller's reach. */
export const refusedStatus = (result: RestResult, { notFound = false } = {}) => [401, 403, ...(notFound ? [404] : [])].includes(result.status)

/** Where a "some" rule applies, a document within reach and one without; otherwise any. */
export const scopes = (reach: Reach): Scope[] => (reach === 'some' ? ['visible', 'hidden'] : ['any'])

/** POST /api/pledges, /api/volunteer-applications and /api/bank-transfer-references are also the public forms' doors (tested in their own files). */
export const publicForms = ['pledges', 'volunteer-applications', 'bank-transfer-references']

/**
 * One document by id. Preferences have Payload's per-key routes where other collections
 * have their by-id routes (GET and DELETE /api/payload-preferences/:key): they are reached
 * by id through a query instead, a list of one answering as the document would.
 */
export async function restById(api: ApiClient, who: Who, method: 'GET' | 'DELETE', slug: string, id: number): Promise<RestResult> {
  if (slug !== 'payload-preferences') return api.rest(who, method, `/api/${slug}/${id}?depth=0`)
  const result = await api.rest(who, method, `/api/${slug}?depth=0&where[id][equals]=${id}`)
  const docs = result.body?.docs
  if (result.status !== 200 || !Array.isArray(docs)) return result
  return docs.length === 1 ? { status: 200, body: docs[0] } : { status: 404, body: result.body }
}

/** An upload as the admin sends it: the fields as `_payload`, and the file. */
export function mediaForm(image: Buffer, data: Record<string, unknown>): FormData {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  form.append('file', new File([new Uint8Array(image)], 'plane.png', { type: 'image/png' }))
  return form
}
