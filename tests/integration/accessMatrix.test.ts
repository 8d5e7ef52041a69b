import sharp from 'sharp'
import type { CollectionSlug, GlobalSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionMatrix, type Ctx, fixtures, globalMatrix, globalPatches, mediaForm, publicForms, refusedStatus, restById, rule, scopes, seed, shows } from './support/accessMatrix'
import { ApiClient, everyone, graphqlRefused, idOf, type RestResult, type Who } from './support/apiClient'
import { serveApi } from './support/api'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Who may do what (support/accessMatrix.ts), for every role and anonymous, every collection
 * (Payload's own included) and global, and every operation, through the two doors every
 * client uses — REST and GraphQL — and what the admin is told (GET /api/access). Allowed:
 * the change is really stored. Refused: 401/403 (404 for a document out of reach), or a
 * GraphQL error, and the database is unchanged.
 */
const timeout = 90_000
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let api: ApiClient
let ctx: Ctx
let counter = 0
const tag = (who: Who, what: string) => `${who}-${what}-${++counter}`.toLowerCase()

beforeAll(async () => {
  cms = await startTestCms()
  server = await serveApi(cms)
  api = new ApiClient(server.url)
  const { payload } = cms
  await api.signIn(async (role, email, password) => (await payload.create({ collection: 'users', data: { email, password, name: role, roles: [role] }, overrideAccess: true })).id as number)
  const image = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c2410c' } }).png().toBuffer()
  ctx = { payload, users: api.userIds, shared: {}, image }
  // Published settings, as after the seed: what the public reads, and what a change republishes.
  await payload.updateGlobal({ slug: 'organisation', data: { name: 'JRS Belgium', description: 'Jesuit Refugee Service Belgium' }, overrideAccess: true })
  for (const slug of ['giving', 'header', 'footer'] as const) await payload.updateGlobal({ slug, data: {}, overrideAccess: true })
  ctx.shared.role = await seed(ctx, 'volunteer-roles', 'shared', 'administrator', 'visible')
  ctx.shared.need = await seed(ctx, 'needs', 'shared', 'administrator', 'visible')
  for (const slug of ['pages', 'donations', 'volunteer-applications', 'pledges']) ctx.shared[slug] = await seed(ctx, slug, `shared-${slug}`, 'administrator', 'visible')
}, 180_000)
afterAll(async () => {
  await server?.close()
  await cms?.close()
})

const find = (slug: string, id: number) => cms.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<Record<string, any> | null>
const count = async (slug: string) => (await cms.payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs
const restOne = (who: Who, method: 'GET' | 'DELETE', slug: string, id: number) => restById(api, who, method, slug, id)

describe.each(everyone)('the access matrix for %s', (who) => {
  it('is what the CMS tells the admin (GET /api/access)', { timeout }, async () => {
    const { status, body } = await api.rest(who, 'GET', '/api/access')
    expect(status).toBe(200)
    const allowed = (permission: unknown) => (typeof permission === 'object' && permission !== null ? Boolean((permission as { permission: boolean }).permission) : Boolean(permission))
    for (const [slug, cells] of Object.entries(collectionMatrix)) {
      const r = rule(cells[who])
      const reported = body.collections?.[slug] ?? {}
      expect({ slug, read: allowed(reported.read), create: allowed(reported.create), update: allowed(reported.update), delete: allowed(reported.delete) }).toEqual({ slug, read: r.read !== 'none', create: r.create, update: r.update !== 'none', delete: r.delete !== 'none' })
    }
    for (const [slug, cells] of Object.entries(globalMatrix)) {
      const r = rule(cells[who])
      const reported = body.globals?.[slug] ?? {}
      expect({ slug, read: allowed(reported.read), update: allowed(reported.update) }).toEqual({ slug, read: r.read !== 'none', update: r.update !== 'none' })
    }
    // Not exposed at all (no REST route, no GraphQL), and closed besides.
    expect(allowed(body.collections?.['payload-migrations']?.read)).toBe(false)
  })

  it('holds for reading, over REST and GraphQL, drafts and versions included', { timeout }, async () => {
    // Documents are made one at a time, then read all at once.
    const targets = new Map<string, { visible: number; hidden?: number }>()
    for (const [slug, cells] of Object.entries(collectionMatrix)) {
      const r = rule(cells[who])
      const visible = await seed(ctx, slug, tag(who, 'read'), who, r.read === 'some' ? 'visible' : 'any')
      targets.set(slug, { visible, hidden: r.read === 'some' ? await seed(ctx, slug, tag(who, 'read'), who, 'hidden') : undefined })
    }
    await Promise.all(
      Object.entries(collectionMatrix).map(async ([slug, cells]) => {
        const r = rule(cells[who])
        const names = api.names(slug, 'collection')
        const { visible, hidden } = targets.get(slug)!
        const ids = [visible, hidden].filter((id) => id !== undefined)
        const [list, one, other, graphList, graphOne, graphOther, versions, graphVersions] = await Promise.all([
          api.rest(who, 'GET', `/api/${slug}?depth=0&limit=100&where[id][in]=${ids.join(',')}`),
          restOne(who, 'GET', slug, visible),
          hidden === undefined ? undefined : restOne(who, 'GET', slug, hidden),
          api.graphql(who, `{ ${names.plural}(where: { OR: [${ids.map((id) => `{ id: { equals: ${id} } }`).join(', ')}] }, limit: 100) { docs { id } } }`),
          api.graphql(who, `{ ${names.single}(id: ${visible}) { id } }`),
          hidden === undefined ? undefined : api.graphql(who, `{ ${names.single}(id: ${hidden}) { id } }`),
          names.versions ? api.rest(who, 'GET', `/api/${slug}/versions?limit=1&depth=0`) : undefined,
          names.versions ? api.graphql(who, `{ ${names.versions}(limit: 1) { totalDocs } }`) : undefined,
        ])
        const context = `${who} reads ${slug}`
        if (r.read === 'none') {
          expect(refusedStatus(list), `${context}: list ${list.status}`).toBe(true)
          expect(refusedStatus(one, { notFound: true }), `${context}: one ${one.status}`).toBe(true)
          expect(graphqlRefused(graphList), context).toBe(true)
          expect(graphqlRefused(graphOne, { notFound: true }), context).toBe(true)
        } else {
          expect(list.status, context).toBe(200)
          // Anonymous GET /api/needs is the wishlist's public figures (every public need, whatever the query).
          const listed = list.body.docs.map((doc: { id: number }) => doc.id)
          expect(listed, context).toContain(visible)
          if (hidden !== undefined) expect(listed, context).not.toContain(hidden)
          expect(one.status, context).toBe(200)
          expect(graphList.errors, context).toBeUndefined()
          expect(graphList.data![names.plural!].docs.map((doc: { id: number }) => doc.id), context).toEqual([visible])
          expect(graphOne.data?.[names.single]?.id, context).toBe(visible)
        }
        if (other) {
          expect(other.status, `${context}: out of reach`).toBe(404)
          expect(graphOther!.data?.[names.single] ?? null, `${context}: out of reach`).toBeNull()
        }
        // Versions hold drafts: for those who edit.
        if (versions) {
          expect(versions.status, `${context}: versions`).toBe(r.update !== 'none' ? 200 : 403)
          expect(graphqlRefused(graphVersions!), `${context}: versions`).toBe(r.update === 'none')
        }
      }),
    )
  })

  it('holds for creating, copies included', { timeout }, async () => {
    for (const [slug, cells] of Object.entries(collectionMatrix)) {
      const r = rule(cells[who])
      const names = api.names(slug, 'collection')
      const fixture = fixtures[slug]!
      const context = `${who} creates ${slug}`
      const before = await count(slug)
      const data = fixture.data(ctx, tag(who, 'create'), who)
      const rest = await api.rest(who, 'POST', `/api/${slug}?depth=0`, slug === 'media' ? mediaForm(ctx.image, data) : data)
      const graph = await api.graphql(who, `mutation($data: ${api.typeOf(names.create!)}) { create${names.single}(data: $data) { id } }`, { data: api.toInput(fixture.data(ctx, tag(who, 'create'), who), names.create!.type) })
      if (!r.create) {
        // POST /api/pledges and /api/volunteer-applications are also the public forms' doors
        // (tested in their own files): a record sent as JSON is refused there as an unreadable form.
        const form = publicForms.includes(slug) && (rest.status === 400 || rest.status === 429)
        expect(refusedStatus(rest) || form, `${context}: ${rest.status} ${JSON.stringify(rest.body)}`).toBe(true)
        expect(graphqlRefused(graph), `${context}: ${JSON.stringify(graph.errors)}`).toBe(true)
        // A copy is a new document too.
        const original = await seed(ctx, slug, tag(who, 'copy'), who, 'any')
        const copy = await api.rest(who, 'POST', `/api/${slug}/${original}/duplicate`, {})
        expect(refusedStatus(copy, { notFound: true }), `${context}: duplicate ${copy.status}`).toBe(true)
        // Accounts have no duplicate mutation.
        if (api.hasMutation(`duplicate${names.single}`)) {
          const graphCopy = await api.graphql(who, `mutation($data: ${api.typeOf(names.create!)}) { duplicate${names.single}(id: ${original}, data: $data) { id } }`, { data: api.toInput(fixture.data(ctx, tag(who, 'copy'), who), names.create!.type) })
          expect(graphqlRefused(graphCopy, { notFound: true }), `${context}: duplicate ${JSON.stringify(graphCopy.errors)}`).toBe(true)
        }
        expect(await count(slug), context).toBe(before + 1)
        continue
      }
      expect(rest.status, `${context}: ${JSON.stringify(rest.body)}`).toBe(201)
      const created = [rest.body.doc.id as number]
      if (slug === 'media') {
        // GraphQL carries no file: the create is let through to the check that asks for one.
        expect(graph.errors?.[0]?.message, context).toMatch(/file/i)
      } else {
        expect(graph.errors, `${context}: ${JSON.stringify(graph.errors)}`).toBeUndefined()
        created.push(graph.data![`create${names.single}`].id)
      }
      expect(await count(slug), context).toBe(before + created.length)
      for (const id of created) {
        const doc = await find(slug, id)
        expect(doc, context).not.toBeNull()
        // Preferences belong to whoever is signed in, whatever the request says.
        if (slug === 'payload-preferences') expect(idOf(doc!.user), context).toBe(api.userIds.get(who as never))
      }
    }
  })

  it('holds for updating, versions restored included', { timeout }, async () => {
    for (const [slug, cells] of Object.entries(collectionMatrix)) {
      const r = rule(cells[who])
      const names = api.names(slug, 'collection')
      for (const scope of scopes(r.update)) {
        const allowed = r.update === 'all' || (r.update === 'some' && scope === 'visible')
        const target = await seed(ctx, slug, tag(who, 'update'), who, scope)
        const context = `${who} updates ${scope} ${slug}`
        const patch = fixtures[slug]!.patch(ctx, tag(who, 'update'), who)
        const rest = await api.rest(who, 'PATCH', `/api/${slug}/${target}?depth=0`, patch)
        if (allowed) expect(rest.status, `${context}: ${JSON.stringify(rest.body)}`).toBe(200)
        else expect(refusedStatus(rest, { notFound: scope === 'hidden' }), `${context}: ${rest.status}`).toBe(true)
        expect(shows(await find(slug, target), patch), context).toBe(allowed)

        const graphPatch = fixtures[slug]!.patch(ctx, tag(who, 'update'), who)
        const graph = await api.graphql(who, `mutation($data: ${api.typeOf(names.update!)}) { update${names.single}(id: ${target}, data: $data) { id } }`, { data: api.toInput(graphPatch, names.update!.type) })
        if (allowed) expect(graph.errors, `${context}: ${JSON.stringify(graph.errors)}`).toBeUndefined()
        else expect(graphqlRefused(graph, { notFound: scope === 'hidden' }), `${context}: ${JSON.stringify(graph.errors)}`).toBe(true)
        expect(shows(await find(slug, target), graphPatch), context).toBe(allowed)
        if (allowed) continue

        // The same change asked for in bulk, and an old version restored, change nothing either.
        const bulk = await api.rest(who, 'PATCH', `/api/${slug}?where[id][equals]=${target}`, patch)
        if (r.update === 'none') expect(refusedStatus(bulk), `${context}: bulk ${bulk.status}`).toBe(true)
        expect(shows(await find(slug, target), patch), `${context}: bulk`).toBe(false)
        if (names.versions) {
          const { docs } = await cms.payload.findVersions({ collection: slug as CollectionSlug, where: { parent: { equals: target } }, limit: 1, overrideAccess: true })
          const versionCount = async () => (await cms.payload.countVersions({ collection: slug as CollectionSlug, where: { parent: { equals: target } }, overrideAccess: true })).totalDocs
          const before = await versionCount()
          const restore = await api.rest(who, 'POST', `/api/${slug}/versions/${docs[0]!.id}`)
          const graphRestore = await api.graphql(who, `mutation { restoreVersion${names.single}(id: ${docs[0]!.id}) { id } }`)
          expect(refusedStatus(restore, { notFound: true }), `${context}: restore ${restore.status}`).toBe(true)
          expect(graphqlRefused(graphRestore, { notFound: true }), `${context}: restore ${JSON.stringify(graphRestore.errors)}`).toBe(true)
          expect(await versionCount(), `${context}: restore`).toBe(before)
        }
      }
    }
  })

  it('holds for deleting', { timeout }, async () => {
    for (const [slug, cells] of Object.entries(collectionMatrix)) {
      const r = rule(cells[who])
      const names = api.names(slug, 'collection')
      for (const scope of scopes(r.delete)) {
        const allowed = r.delete === 'all' || (r.delete === 'some' && scope === 'visible')
        const context = `${who} deletes ${scope} ${slug}`
        const viaRest = await seed(ctx, slug, tag(who, 'delete'), who, scope)
        const viaGraph = await seed(ctx, slug, tag(who, 'delete'), who, scope)
        const rest = await restOne(who, 'DELETE', slug, viaRest)
        const graph = await api.graphql(who, `mutation { delete${names.single}(id: ${viaGraph}) { id } }`)
        if (allowed) {
          expect(rest.status, `${context}: ${JSON.stringify(rest.body)}`).toBe(200)
          expect(graph.errors, `${context}: ${JSON.stringify(graph.errors)}`).toBeUndefined()
        } else {
          expect(refusedStatus(rest, { notFound: scope === 'hidden' }), `${context}: ${rest.status}`).toBe(true)
          expect(graphqlRefused(graph, { notFound: scope === 'hidden' }), `${context}: ${JSON.stringify(graph.errors)}`).toBe(true)
          const bulk = await api.rest(who, 'DELETE', `/api/${slug}?where[id][equals]=${viaRest}`)
          if (r.delete === 'none') expect(refusedStatus(bulk), `${context}: bulk ${bulk.status}`).toBe(true)
        }
        expect(await find(slug, viaRest), context).toEqual(allowed ? null : expect.objectContaining({ id: viaRest }))
        expect(await find(slug, viaGraph), context).toEqual(allowed ? null : expect.objectContaining({ id: viaGraph }))
      }
    }
  })

  it('holds for the globals', { timeout }, async () => {
    for (const [slug, cells] of Object.entries(globalMatrix)) {
      const r = rule(cells[who])
      const names = api.names(slug, 'global')
      const context = `${who} on ${slug}`
      const stored = () => cms.payload.findGlobal({ slug: slug as GlobalSlug, depth: 0, overrideAccess: true }) as Promise<Record<string, any>>
      const [rest, graph] = await Promise.all([api.rest(who, 'GET', `/api/globals/${slug}?depth=0`), api.graphql(who, `{ ${names.single} { updatedAt } }`)])
      expect(rest.status === 200, `${context}: read ${rest.status}`).toBe(r.read !== 'none')
      expect(graphqlRefused(graph, { notFound: true }), `${context}: read ${JSON.stringify(graph.errors)}`).toBe(r.read === 'none')
      if (names.versions) {
        const [versions, graphVersions] = await Promise.all([api.rest(who, 'GET', `/api/globals/${slug}/versions?limit=1`), api.graphql(who, `{ ${names.versions}(limit: 1) { totalDocs } }`)])
        expect(versions.status, `${context}: versions`).toBe(r.update !== 'none' ? 200 : 403)
        expect(graphqlRefused(graphVersions), `${context}: versions`).toBe(r.update === 'none')
        if (r.update === 'none') {
          const { docs } = await cms.payload.findGlobalVersions({ slug: slug as GlobalSlug, limit: 1, overrideAccess: true })
          const [restore, graphRestore] = await Promise.all([api.rest(who, 'POST', `/api/globals/${slug}/versions/${docs[0]!.id}`), api.graphql(who, `mutation { restoreVersion${names.single}(id: ${docs[0]!.id}) { updatedAt } }`)])
          expect(refusedStatus(restore), `${context}: restore ${restore.status}`).toBe(true)
          expect(graphqlRefused(graphRestore), `${context}: restore ${JSON.stringify(graphRestore.errors)}`).toBe(true)
        }
      }
      for (const door of ['rest', 'graphql'] as const) {
        const before = await stored()
        const patch = globalPatches[slug]!(before, tag(who, slug))
        const result =
          door === 'rest'
            ? await api.rest(who, 'POST', `/api/globals/${slug}?depth=0`, patch)
            : await api.graphql(who, `mutation($data: ${api.typeOf(names.update!)}) { update${names.single}(data: $data) { updatedAt } }`, { data: api.toInput(patch, names.update!.type) })
        const after = await stored()
        if (r.update !== 'none') {
          expect(door === 'rest' ? (result as RestResult).status : (result as { errors?: unknown }).errors, `${context}: ${door} ${JSON.stringify(result)}`).toEqual(door === 'rest' ? 200 : undefined)
          expect(after.updatedAt, `${context}: ${door}`).not.toBe(before.updatedAt)
        } else {
          expect(door === 'rest' ? refusedStatus(result as RestResult) : graphqlRefused(result as never), `${context}: ${door} ${JSON.stringify(result)}`).toBe(true)
          expect(after.updatedAt ?? null, `${context}: ${door}`).toBe(before.updatedAt ?? null)
        }
      }
    }
  })
})

describe("Payload's own doors", () => {
  it('keep migrations and the jobs queue closed to everyone', { timeout }, async () => {
    expect(api.hasQuery('PayloadMigrations')).toBe(false)
    for (const who of everyone) {
      const [migrations, addMigration, run, schedules] = await Promise.all([
        api.rest(who, 'GET', '/api/payload-migrations'),
        api.rest(who, 'POST', '/api/payload-migrations', { name: 'x', batch: 99 }),
        api.rest(who, 'GET', '/api/payload-jobs/run?queue=default'),
        api.rest(who, 'GET', '/api/payload-jobs/handle-schedules'),
      ])
      expect(migrations.status, `${who}: migrations`).toBeGreaterThanOrEqual(400)
      expect(addMigration.status, `${who}: migrations`).toBeGreaterThanOrEqual(400)
      expect(refusedStatus(run), `${who}: run jobs ${run.status}`).toBe(true)
      expect(refusedStatus(schedules), `${who}: schedule jobs ${schedules.status}`).toBe(true)
    }
  })

  it("keep each user's preferences their own through the per-key routes", { timeout }, async () => {
    const key = 'nav'
    expect((await api.rest('finance', 'POST', `/api/payload-preferences/${key}`, { value: { open: ['donations'] } })).status).toBe(200)
    for (const who of everyone.filter((w) => w !== 'finance')) {
      const read = await api.rest(who, 'GET', `/api/payload-preferences/${key}`)
      expect(read.body.value ?? null, `${who} reads finance's preference`).toBeNull()
      // Deleting a key one does not have: never 2xx (Payload's handler answers 500, a bug of its database layer).
      const remove = await api.rest(who, 'DELETE', `/api/payload-preferences/${key}`)
      expect(remove.status, `${who} deletes finance's preference`).toBeGreaterThanOrEqual(400)
    }
    // The same key saved by someone else is theirs; nobody signed out saves one.
    expect((await api.rest('goods', 'POST', `/api/payload-preferences/${key}`, { value: { open: ['pledges'] } })).status).toBe(200)
    expect((await api.rest('anonymous', 'POST', `/api/payload-preferences/${key}`, { value: { open: ['users'] } })).status).toBeGreaterThanOrEqual(400)
    const [own, theirs] = await Promise.all([api.rest('finance', 'GET', `/api/payload-preferences/${key}`), api.rest('goods', 'GET', `/api/payload-preferences/${key}`)])
    expect([own.body.value, theirs.body.value]).toEqual([{ open: ['donations'] }, { open: ['pledges'] }])
  })

  it("let only administrators clear an account's failed-login lock", { timeout }, async () => {
    for (const who of everyone) {
      const [rest, graph] = await Promise.all([api.rest(who, 'POST', '/api/users/unlock', { email: 'goods@example.com' }), api.graphql(who, 'mutation { unlockUser(email: "goods@example.com") }')])
      expect(rest.status === 200, `${who}: REST ${rest.status}`).toBe(who === 'administrator')
      expect(graphqlRefused(graph), `${who}: GraphQL ${JSON.stringify(graph)}`).toBe(who !== 'administrator')
    }
  })
})
