import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { pdfDocument } from './support/documents'
import { graphqlQuery } from './support/graphql'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply, privateFilesDir, roleId, solvedProof, stopCrons } from './support/volunteering'

let cms: TestCms
let api: { url: string; close: () => Promise<void> }
let role: string
const tokens: Record<string, string | undefined> = { anonymous: undefined }
const staff = { communication: ['communication-officer'], finance: ['finance'], coordinator: ['volunteer-coordinator'], administrator: ['administrator'] } as const

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  for (const locale of ['nl', 'fr', 'en'] as const) await cms.payload.updateGlobal({ slug: 'organisation', locale, data: { emails: { general: 'info@example.org' } } })
  api = await serveApi(cms)
  await stopCrons(api.url, cms.payload)
  role = await roleId(cms.payload, 'friendly-visitor')
  for (const [who, roles] of Object.entries(staff)) {
    await cms.payload.create({ collection: 'users', data: { email: `${who}.access-test@example.org`, password: 'a-long-test-password', name: who, roles: [...roles] } })
    const login = await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `${who}.access-test@example.org`, password: 'a-long-test-password' }) })
    tokens[who] = ((await login.json()) as { token: string }).token
  }
}, 120_000)
afterAll(async () => {
  await api?.close()
  await cms?.close()
})

async function newApplication(overrides: Record<string, string> = {}) {
  const fields = {
    role,
    track: 'standard',
    locale: 'en',
    name: 'Sam Peeters',
    email: `sam.${Math.random().toString(36).slice(2)}@example.org`,
    phone: '0470 12 34 56',
    preferredLanguage: 'en',
    town: 'Gent',
    'languages.0.language': 'English',
    'languages.0.level': 'fluent',
    hoursPerWeek: '3',
    motivation: 'I would like to visit people in detention.',
    consent: 'true',
    altcha: await solvedProof(api.url),
    ...overrides,
  }
  const { status, body } = await apply(api.url, fields, { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
  expect(status).toBe(201)
  const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { reference: { equals: body.reference } }, overrideAccess: true })
  return docs[0]!
}

const as = (who: string): Record<string, string> => (tokens[who] ? { Authorization: `JWT ${tokens[who]}` } : {})
const get = (who: string, url: string) => fetch(`${api.url}${url}`, { headers: as(who) })
const graphql = (who: string, query: string) => graphqlQuery(cms, query, tokens[who])

describe('who can read applications and CVs', () => {
  const allowed = { anonymous: false, communication: false, finance: false, coordinator: true, administrator: true } as const

  for (const [who, may] of Object.entries(allowed)) {
    it(`${who}: ${may ? 'reads' : 'cannot read'} them through REST, GraphQL, the CV route, the export and the admin's access check`, async () => {
      const application = await newApplication()
      const list = await get(who, '/api/volunteer-applications')
      const one = await get(who, `/api/volunteer-applications/${application.id}`)
      const cv = await get(who, `/api/volunteer-applications/${application.id}/file/cv`)
      const csv = await get(who, '/api/volunteer-applications/export.csv')
      const query = await graphql(who, `{ VolunteerApplications { docs { id name email } } VolunteerApplication(id: ${JSON.stringify(application.id)}) { name cv { storedName } } }`)
      const access = (await (await get(who, '/api/access')).json()) as { collections?: Record<string, { read?: boolean | { permission?: boolean } }> }
      // What the admin panel asks before it shows a collection (sanitized to `true`, or a { permission } object).
      const adminMayRead = (access.collections?.['volunteer-applications']?.read === true || (access.collections?.['volunteer-applications']?.read as { permission?: boolean } | undefined)?.permission === true)
      const update = await fetch(`${api.url}/api/volunteer-applications/${application.id}`, { method: 'PATCH', headers: { ...as(who), 'Content-Type': 'application/json' }, body: JSON.stringify({ privateNotes: `seen by ${who}` }) })

      if (may) {
        expect(query.errors, JSON.stringify(query)).toBeUndefined()
        expect(query.data?.VolunteerApplication, JSON.stringify(query)).toBeTruthy()
        expect(list.status).toBe(200)
        expect(((await list.json()) as { docs: { id: unknown }[] }).docs.map((d) => d.id)).toContain(application.id)
        expect(((await one.json()) as { email: string }).email).toBe(application.email)
        expect(cv.status).toBe(200)
        expect(cv.headers.get('content-type')).toBe('application/pdf')
        expect(cv.headers.get('content-disposition')).toMatch(/^attachment/)
        expect(Buffer.from(await cv.arrayBuffer())).toEqual(Buffer.from(pdfDocument()))
        expect(csv.status).toBe(200)
        const text = await csv.text()
        expect(text).toContain(application.reference!)
        expect(text).not.toContain(application.cv!.storedName!)
        expect(query.data?.VolunteerApplication?.name).toBe('Sam Peeters')
        expect(adminMayRead).toBe(true)
        expect(update.status).toBe(200)
      } else {
        expect([401, 403]).toContain(list.status)
        expect(JSON.stringify(await list.json().catch(() => ({})))).not.toContain(application.email)
        expect([401, 403, 404]).toContain(one.status)
        expect([401, 403]).toContain(cv.status)
        expect([401, 403]).toContain(csv.status)
        expect(JSON.stringify(query.data ?? {})).not.toContain(application.email)
        expect(query.data?.VolunteerApplications ?? null).toBeNull()
        expect(query.errors?.length).toBeGreaterThan(0)
        expect(adminMayRead).toBe(false)
        expect([401, 403]).toContain(update.status)
      }
    })
  }

  it('lets nobody create an application except through the form endpoint', async () => {
    for (const who of ['anonymous', 'communication', 'coordinator']) {
      const response = await fetch(`${api.url}/api/volunteer-applications?depth=0`, { method: 'POST', headers: { ...as(who), 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'x' }) })
      expect(response.status).toBe(400)
    }
    const { totalDocs } = await cms.payload.count({ collection: 'volunteer-applications', where: { name: { equals: 'x' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })
})

describe('the coordinator’s workflow', () => {
  it('records each status change with date and author, and emails the chosen ones in the applicant’s language', async () => {
    const application = await newApplication({ locale: 'fr', preferredLanguage: 'fr' })
    const patch = (status: string) =>
      fetch(`${api.url}/api/volunteer-applications/${application.id}`, { method: 'PATCH', headers: { ...as('coordinator'), 'Content-Type': 'application/json' }, body: JSON.stringify({ status }) })
    expect((await patch('contacted')).status).toBe(200)
    expect((await patch('interview-planned')).status).toBe(200)
    const doc = await cms.payload.findByID({ collection: 'volunteer-applications', id: application.id, overrideAccess: true })
    expect(doc.statusHistory?.map((h) => h.status)).toEqual(['new', 'contacted', 'interview-planned'])
    expect(doc.statusHistory?.[2]?.changedBy).toContain("coordinator.access-test@example.org")
    expect(doc.statusHistory?.[2]?.changedAt).toBeTruthy()
    const emails = await cms.payload.find({ collection: 'email-messages', where: { and: [{ 'related.documentId': { equals: String(application.id) } }, { kind: { equals: 'volunteer-application-status' } }] }, overrideAccess: true })
    expect(emails.docs).toHaveLength(1)
    expect(emails.docs[0]).toMatchObject({ locale: 'fr', to: application.email })
    expect(emails.docs[0]!.text).toContain('Nous aimerions faire votre connaissance')
  })

  it('erases an applicant entirely: every application, file and email', async () => {
    const first = await newApplication()
    const second = await newApplication({ email: first.email })
    const files = [first, second].map((a) => path.join(privateFilesDir(), a.cv!.storedName!))
    expect(files.every((file) => fs.existsSync(file))).toBe(true)
    const denied = await fetch(`${api.url}/api/volunteer-applications/${first.id}/erase`, { method: 'POST', headers: as('communication') })
    expect(denied.status).toBe(403)

    const response = await fetch(`${api.url}/api/volunteer-applications/${first.id}/erase`, { method: 'POST', headers: as('coordinator') })
    expect(await response.json()).toEqual({ ok: true, erased: 2 })
    expect((await cms.payload.count({ collection: 'volunteer-applications', where: { email: { equals: first.email } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(files.some((file) => fs.existsSync(file))).toBe(false)
    const emails = await cms.payload.find({ collection: 'email-messages', where: { 'related.documentId': { in: [String(first.id), String(second.id)] } }, overrideAccess: true })
    expect(emails.docs).toHaveLength(0)
    const jobs = await cms.payload.find({ collection: 'payload-jobs', pagination: false, overrideAccess: true })
    const outbox = new Set((await cms.payload.find({ collection: 'email-messages', pagination: false, overrideAccess: true })).docs.map((m) => String(m.id)))
    expect(jobs.docs.filter((job) => job.taskSlug === 'sendEmail' && !outbox.has(String((job.input as { messageId?: string }).messageId)))).toHaveLength(0)
  })
})

describe('the retention job', () => {
  it('deletes declined and withdrawn applications and their files after the period set in the CMS', async () => {
    const { payload } = cms
    const { deleteExpiredApplications } = await import('../../cms/jobs/volunteerRetention')
    await payload.updateGlobal({ slug: 'volunteering-settings', data: { retentionWeeks: 4, futureRolesMonths: 12 } })
    const declined = await newApplication()
    const withdrawnKept = await newApplication({ keepForFutureRoles: 'true' })
    const active = await newApplication()
    await payload.update({ collection: 'volunteer-applications', id: declined.id, data: { status: 'declined' }, overrideAccess: true })
    await payload.update({ collection: 'volunteer-applications', id: withdrawnKept.id, data: { status: 'withdrawn' }, overrideAccess: true })
    await payload.update({ collection: 'volunteer-applications', id: active.id, data: { status: 'active' }, overrideAccess: true })
    const fileOf = (a: typeof declined) => path.join(privateFilesDir(), a.cv!.storedName!)
    const exists = async (id: string | number) => (await payload.count({ collection: 'volunteer-applications', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
    const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000)

    await deleteExpiredApplications(payload, inDays(27))
    expect(await exists(declined.id)).toBe(true)

    await deleteExpiredApplications(payload, inDays(29))
    expect(await exists(declined.id)).toBe(false)
    expect(fs.existsSync(fileOf(declined))).toBe(false)
    expect(await exists(withdrawnKept.id)).toBe(true)
    expect(fs.existsSync(fileOf(withdrawnKept))).toBe(true)

    await deleteExpiredApplications(payload, inDays(367))
    expect(await exists(withdrawnKept.id)).toBe(false)
    expect(fs.existsSync(fileOf(withdrawnKept))).toBe(false)
    expect(await exists(active.id)).toBe(true)
    expect(fs.existsSync(fileOf(active))).toBe(true)
  })

  it('runs as a task of the jobs queue', async () => {
    const declined = await newApplication()
    await cms.payload.update({ collection: 'volunteer-applications', id: declined.id, data: { status: 'declined', decidedAt: '2020-01-01T00:00:00.000Z' }, overrideAccess: true, context: {} })
    // The hook dates the decision itself; backdate it as if it had been taken long ago.
    await cms.payload.db.updateOne({ collection: 'volunteer-applications', id: declined.id, data: { decidedAt: '2020-01-01T00:00:00.000Z' } })
    const job = await cms.payload.jobs.queue({ task: 'volunteerRetention', input: {} })
    await cms.payload.jobs.runByID({ id: job.id })
    // A completed job is removed from the queue; one that failed would stay, with its error.
    expect((await cms.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await cms.payload.count({ collection: 'volunteer-applications', where: { id: { equals: declined.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
