import type { CollectionSlug, FieldAccess } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, everyone, graphqlRefused, roles, type Who } from './support/apiClient'
import { serveApi } from './support/api'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * The rules below the collection level: tax data and national register numbers, applicants'
 * files, one's own account and roles, online gifts that only Stripe records, and document
 * locks. Through REST and GraphQL, with the database checked after every refusal.
 */
const timeout = 60_000
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let api: ApiClient
let stripeGift: number
let offlineGift: number
let monthlyGift: number
let application: number

const nationalRegisterNumber = '85.07.30-033.28'
const taxCertificate = { requested: true, nationalRegisterNumber, street: 'Rue Maurice Liétart 31', postalCode: '1150', city: 'Brussels' }
const financeOrAdmin = (who: Who) => who === 'finance' || who === 'administrator'
const coordinatorOrAdmin = (who: Who) => who === 'volunteer-coordinator' || who === 'administrator'
const donation = (id: number) => cms.payload.findByID({ collection: 'donations', id, depth: 0, overrideAccess: true })
const donations = async () => (await cms.payload.count({ collection: 'donations', overrideAccess: true })).totalDocs

beforeAll(async () => {
  cms = await startTestCms()
  server = await serveApi(cms)
  api = new ApiClient(server.url)
  const { payload } = cms
  await api.signIn(async (role, email, password) => (await payload.create({ collection: 'users', data: { email, password, name: role, roles: [role] }, overrideAccess: true })).id as number)
  await payload.updateGlobal({ slug: 'organisation', data: { name: 'JRS Belgium', description: 'Jesuit Refugee Service Belgium' }, overrideAccess: true })
  // As the checkout endpoint and the webhook record them (Local API, overrideAccess).
  const paid = { source: 'stripe', kind: 'one-time', status: 'paid', amountCents: 5000, receivedAt: '2026-03-01T10:00:00.000Z', donorName: 'An Peeters', donorEmail: 'an@example.org', taxCertificate }
  stripeGift = (await payload.create({ collection: 'donations', data: { ...paid, stripe: { checkoutSessionId: 'cs_test_matrix', paymentIntentId: 'pi_test_matrix' } } as never, overrideAccess: true })).id as number
  offlineGift = (await payload.create({ collection: 'donations', data: { amountCents: 2500, kind: 'bank-transfer', donorName: 'Jan Janssens', taxCertificate } as never, overrideAccess: true })).id as number
  monthlyGift = (await payload.create({ collection: 'monthly-gifts', data: { status: 'active', amountCents: 1000, donorName: 'An Peeters', donorEmail: 'an@example.org', taxCertificate } as never, overrideAccess: true })).id as number
  const role = await payload.create({ collection: 'volunteer-roles', data: { title: 'Bezoeker', summary: 'Bezoeken', duties: { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } }, places: ['home'] } as never, draft: true, overrideAccess: true })
  const file = (name: string) => ({ storedName: `${name}-0123456789abcdef.pdf`, originalName: `${name}.pdf`, mimeType: 'application/pdf', size: 1234 })
  application = (await payload.create({ collection: 'volunteer-applications', data: { role: role.id, name: 'Sam Peeters', email: 'sam@example.org', locale: 'en', consent: true, cv: file('cv'), motivationFile: file('motivation') } as never, overrideAccess: true })).id as number
}, 180_000)
afterAll(async () => {
  await server?.close()
  await cms?.close()
})

/** A field's own read rule, as configured, asked for each role. */
function fieldRule(collection: CollectionSlug, name: string): (who: Who) => Promise<boolean> {
  const field = cms.payload.collections[collection].config.flattenedFields.find((f) => 'name' in f && f.name === name) as { access?: { read?: FieldAccess } }
  return async (who) => Boolean(await field.access!.read!({ req: { user: who === 'anonymous' ? null : { roles: [who] } } } as never))
}

describe('field-level rules', () => {
  it('tax data (national register number included) is read by finance and administrators only', { timeout }, async () => {
    const donationRule = fieldRule('donations', 'taxCertificate')
    const monthlyRule = fieldRule('monthly-gifts', 'taxCertificate')
    for (const who of everyone) {
      const [one, monthly, csv, graph] = await Promise.all([
        api.rest(who, 'GET', `/api/donations/${offlineGift}`),
        api.rest(who, 'GET', `/api/monthly-gifts/${monthlyGift}`),
        api.rest(who, 'GET', '/api/donations/export.csv'),
        api.graphql(who, `{ Donation(id: ${offlineGift}) { taxCertificate { nationalRegisterNumber } } MonthlyGift(id: ${monthlyGift}) { taxCertificate { nationalRegisterNumber } } }`),
      ])
      expect(await donationRule(who), `${who}: the field's own rule`).toBe(financeOrAdmin(who))
      expect(await monthlyRule(who), `${who}: the field's own rule`).toBe(financeOrAdmin(who))
      if (financeOrAdmin(who)) {
        expect(one.body.taxCertificate.nationalRegisterNumber, who).toBe(nationalRegisterNumber)
        expect(monthly.body.taxCertificate.nationalRegisterNumber, who).toBe(nationalRegisterNumber)
        expect(csv.body, who).toContain(nationalRegisterNumber)
        expect(graph.data?.Donation.taxCertificate.nationalRegisterNumber, who).toBe(nationalRegisterNumber)
        expect(graph.data?.MonthlyGift.taxCertificate.nationalRegisterNumber, who).toBe(nationalRegisterNumber)
      } else {
        for (const result of [one, monthly, csv]) expect([401, 403], `${who}: ${result.status}`).toContain(result.status)
        expect(graphqlRefused(graph), who).toBe(true)
        expect(JSON.stringify(graph), who).not.toContain(nationalRegisterNumber)
      }
    }
  })

  it("applicants' CVs and motivation letters are read by the coordinator and administrators only", { timeout }, async () => {
    const rules = [fieldRule('volunteer-applications', 'cv'), fieldRule('volunteer-applications', 'motivationFile')]
    for (const who of everyone) {
      const [rest, graph] = await Promise.all([
        api.rest(who, 'GET', `/api/volunteer-applications/${application}`),
        api.graphql(who, `{ VolunteerApplication(id: ${application}) { cv { originalName storedName } motivationFile { originalName } } }`),
      ])
      for (const rule of rules) expect(await rule(who), `${who}: the field's own rule`).toBe(coordinatorOrAdmin(who))
      if (coordinatorOrAdmin(who)) {
        expect([rest.body.cv.originalName, rest.body.motivationFile.originalName], who).toEqual(['cv.pdf', 'motivation.pdf'])
        expect(graph.data?.VolunteerApplication.cv.originalName, who).toBe('cv.pdf')
      } else {
        expect([401, 403], `${who}: ${rest.status}`).toContain(rest.status)
        expect(graphqlRefused(graph), who).toBe(true)
        expect(JSON.stringify(rest.body) + JSON.stringify(graph), who).not.toContain('0123456789abcdef')
      }
    }
  })

  it('a staff member who is not an administrator sees only their own account and cannot change their roles', { timeout }, async () => {
    for (const who of roles.filter((role) => role !== 'administrator')) {
      const self = api.userIds.get(who)!
      const [list, graph] = await Promise.all([api.rest(who, 'GET', '/api/users?limit=100'), api.graphql(who, '{ Users(limit: 100) { totalDocs docs { id email } } }')])
      expect([list.body.totalDocs, list.body.docs.map((u: { id: number }) => u.id)], who).toEqual([1, [self]])
      expect([graph.data?.Users.totalDocs, graph.data?.Users.docs.map((u: { id: number }) => u.id)], who).toEqual([1, [self]])

      await api.rest(who, 'PATCH', `/api/users/${self}`, { roles: ['administrator'] })
      await api.graphql(who, `mutation { updateUser(id: ${self}, data: { roles: [administrator] }) { roles } }`)
      const stored = await cms.payload.findByID({ collection: 'users', id: self, overrideAccess: true })
      expect(stored.roles, `${who} gave themself a role`).toEqual([who])
      const remove = await api.rest(who, 'DELETE', `/api/users/${self}`)
      expect(remove.status, `${who} deletes their own account`).toBe(403)
    }
    const admin = await api.rest('administrator', 'GET', '/api/users?limit=100')
    expect(admin.body.totalDocs).toBe(roles.length)
    const someone = await cms.payload.create({ collection: 'users', data: { email: 'someone@example.org', password: 'a-long-test-password', name: 'Someone', roles: ['goods'] }, overrideAccess: true })
    expect((await api.rest('administrator', 'PATCH', `/api/users/${someone.id}`, { roles: ['goods', 'finance'] })).status).toBe(200)
    expect((await cms.payload.findByID({ collection: 'users', id: someone.id, overrideAccess: true })).roles).toEqual(['goods', 'finance'])
  })
})

describe('online gifts', () => {
  const stripeData = { source: 'stripe', kind: 'one-time', status: 'paid', amountCents: 10000, receivedAt: '2026-03-02T10:00:00.000Z', donorName: 'By hand' }

  it('are recorded by hand by nobody, administrators included: REST, GraphQL, copies', { timeout }, async () => {
    for (const who of everyone) {
      const before = await donations()
      const rest = await api.rest(who, 'POST', '/api/donations', stripeData)
      const graph = await api.graphql(who, 'mutation { createDonation(data: { source: stripe, kind: one_time, status: paid, amountCents: 10000, receivedAt: "2026-03-02T10:00:00.000Z", donorName: "By hand" }) { id } }')
      const copy = await api.rest(who, 'POST', `/api/donations/${stripeGift}/duplicate`, {})
      const graphCopy = await api.graphql(who, `mutation { duplicateDonation(id: ${stripeGift}, data: { source: stripe, kind: one_time, status: paid, amountCents: 1, receivedAt: "2026-03-02T10:00:00.000Z" }) { id } }`)
      const turned = await api.rest(who, 'PATCH', `/api/donations/${offlineGift}`, { source: 'stripe' })
      for (const result of [rest, copy, turned]) expect([401, 403], `${who}: ${result.status} ${JSON.stringify(result.body)}`).toContain(result.status)
      for (const result of [graph, graphCopy]) expect(result.errors?.length, `${who}: ${JSON.stringify(result)}`).toBeGreaterThan(0)
      if (financeOrAdmin(who)) expect(rest.body.errors[0].message, who).toMatch(/online checkout only/)
      expect(await donations(), who).toBe(before)
      expect((await donation(offlineGift)).source, who).toBe('offline')
    }
  })

  it('keep what Stripe reported; finance annotates them and records offline gifts with no Stripe ids', { timeout }, async () => {
    for (const who of ['finance', 'administrator'] as const) {
      for (const change of [{ amountCents: 1 }, { status: 'refunded' }, { refundedCents: 5000 }, { receivedAt: '2020-01-01T00:00:00.000Z' }]) {
        const rest = await api.rest(who, 'PATCH', `/api/donations/${stripeGift}`, change)
        expect(rest.status, `${who} changes ${JSON.stringify(change)}`).toBe(403)
      }
      const graph = await api.graphql(who, `mutation { updateDonation(id: ${stripeGift}, data: { amountCents: 1, status: refunded }) { id } }`)
      expect(graph.errors?.[0]?.message, who).toMatch(/comes from Stripe/)
      const stored = await donation(stripeGift)
      expect([stored.amountCents, stored.status, stored.refundedCents, stored.receivedAt, stored.stripe?.checkoutSessionId], who).toEqual([5000, 'paid', 0, '2026-03-01T10:00:00.000Z', 'cs_test_matrix'])

      // The admin's form sends the whole document back with the note: that is an annotation.
      const { id: _, createdAt: __, updatedAt: ___, ...form } = (await api.rest(who, 'GET', `/api/donations/${stripeGift}?depth=0`)).body
      const note = await api.rest(who, 'PATCH', `/api/donations/${stripeGift}`, { ...form, notes: `Thanked by phone (${who})`, taxCertificate: { ...taxCertificate, city: `Brussel ${who}` } })
      expect(note.status, `${who}: ${JSON.stringify(note.body)}`).toBe(200)
      const annotated = await donation(stripeGift)
      expect([annotated.notes, annotated.taxCertificate?.city, annotated.amountCents, annotated.status], who).toEqual([`Thanked by phone (${who})`, `Brussel ${who}`, 5000, 'paid'])

      // What the admin shows read-only on this gift, editable on an offline one.
      const [online, offline] = await Promise.all([api.rest(who, 'POST', `/api/donations/access/${stripeGift}`, {}), api.rest(who, 'POST', `/api/donations/access/${offlineGift}`, {})])
      const mayUpdate = (permission: unknown) => permission === true || (permission as { update?: unknown } | undefined)?.update === true
      expect([mayUpdate(online.body.fields.amountCents), mayUpdate(online.body.fields.notes), mayUpdate(offline.body.fields.amountCents)], who).toEqual([false, true, true])

      const corrected = await api.rest(who, 'PATCH', `/api/donations/${offlineGift}`, { amountCents: 3000, status: 'paid' })
      expect([corrected.status, (await donation(offlineGift)).amountCents], who).toEqual([200, 3000])
      const recorded = await api.rest(who, 'POST', '/api/donations', { amountCents: 1500, kind: 'bank-transfer', donorName: 'Cash', stripe: { checkoutSessionId: `cs_claimed_${who}` } })
      expect(recorded.status, who).toBe(201)
      const stripeIds = (await donation(recorded.body.doc.id)).stripe
      expect([(await donation(recorded.body.doc.id)).source, stripeIds?.checkoutSessionId ?? null], who).toEqual(['offline', null])
    }
  })
})

describe('document locks', () => {
  it('are seen, taken over and released only by those who may edit the document; nobody moves one or names someone else', { timeout }, async () => {
    const admin = api.userIds.get('administrator')!
    const page = await cms.payload.create({ collection: 'pages', data: { title: 'Over ons', layout: [{ blockType: 'programmesList' }] } as never, draft: true, overrideAccess: true })
    const lock = await cms.payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'donations', value: offlineGift }, user: { relationTo: 'users', value: admin } } as never, overrideAccess: true })
    const query = `/api/payload-locked-documents?where[document.value][equals]=${offlineGift}&where[document.relationTo][equals]=donations`
    const holder = async () => ((await cms.payload.findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 0, overrideAccess: true })).user as { value: number }).value

    for (const who of ['communication-officer', 'volunteer-coordinator', 'goods'] as const) {
      expect((await api.rest(who, 'GET', query)).body.totalDocs, who).toBe(0)
      expect([403, 404], who).toContain((await api.rest(who, 'PATCH', `/api/payload-locked-documents/${lock.id}`, { user: { relationTo: 'users', value: api.userIds.get(who) } })).status)
      expect(await holder(), who).toBe(admin)
    }
    const finance = api.userIds.get('finance')!
    expect((await api.rest('finance', 'GET', query)).body.totalDocs).toBe(1)
    for (const [who, change] of [
      ['finance', { user: { relationTo: 'users', value: api.userIds.get('goods') } }],
      ['finance', { document: { relationTo: 'pages', value: page.id } }],
      ['finance', { globalSlug: 'organisation' }],
      ['administrator', { user: { relationTo: 'users', value: finance } }],
    ] as const) {
      expect((await api.rest(who, 'PATCH', `/api/payload-locked-documents/${lock.id}`, change)).status, `${who}: ${JSON.stringify(change)}`).toBe(403)
    }
    expect(await holder()).toBe(admin)
    // Taking over, as the admin's "Take over" button does, then leaving (the lock is released).
    expect((await api.rest('finance', 'PATCH', `/api/payload-locked-documents/${lock.id}`, { user: { relationTo: 'users', value: finance } })).status).toBe(200)
    expect(await holder()).toBe(finance)
    expect((await api.rest('finance', 'DELETE', `/api/payload-locked-documents/${lock.id}`)).status).toBe(200)
  })
})
