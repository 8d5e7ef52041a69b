import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { pdfDocument } from './support/documents'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply, roleId, solvedProof, stopCrons } from './support/volunteering'

/**
 * Up Together: a family signing up to host gets the host-interest email in their own
 * language (not the volunteer confirmation), the Up Together contact is told, and the
 * coordinator's list tells hosts and volunteers apart. Read from the outbox itself.
 */
let cms: TestCms
let api: { url: string; close: () => Promise<void> }
let host: string
let visitorRole: string

async function setContacts(emails: Record<string, string | null>) {
  for (const locale of ['nl', 'fr', 'en'] as const) await cms.payload.updateGlobal({ slug: 'organisation', locale, data: { emails } })
}

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  await setContacts({ general: 'info@example.org', volunteers: 'coordinator@example.org', upTogether: 'uptogether@example.org' })
  api = await serveApi(cms)
  await stopCrons(api.url, cms.payload)
  host = await roleId(cms.payload, 'up-together-host')
  visitorRole = await roleId(cms.payload, 'accredited-visitor')
}, 120_000)
afterAll(async () => {
  await api?.close()
  await cms?.close()
})

const family = async (locale: string, email: string) => ({
  role: host,
  track: 'hosting',
  locale,
  name: 'Famille Dubois',
  email,
  phone: '+32 470 11 22 33',
  preferredLanguage: locale,
  town: 'Namur',
  region: 'Namur',
  household: 'Un couple avec un enfant',
  spareRoom: 'yes',
  hostingPeriod: 'À partir de mars',
  motivation: 'Nous avons une chambre libre.',
  consent: 'true',
  altcha: await solvedProof(api.url),
})

async function outboxFor(reference: string) {
  const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { reference: { equals: reference } }, overrideAccess: true })
  const application = docs[0]!
  const { docs: messages } = await cms.payload.find({
    collection: 'email-messages',
    where: { and: [{ 'related.collection': { equals: 'volunteer-applications' } }, { 'related.documentId': { equals: String(application.id) } }] },
    sort: 'createdAt',
    overrideAccess: true,
  })
  return { application, messages }
}

describe('a host family signs up', () => {
  it('gets the host-interest email in their language, and the Up Together contact is told', async () => {
    const { status, body } = await apply(api.url, await family('fr', 'dubois@example.org'))
    expect(status).toBe(201)
    const { application, messages } = await outboxFor(body.reference!)
    expect(application.track).toBe('hosting')
    expect(messages.map((message) => message.kind).sort()).toEqual(['host-interest-new', 'host-interest-received'])

    const toFamily = messages.find((message) => message.kind === 'host-interest-received')!
    expect(toFamily).toMatchObject({ to: 'dubois@example.org', locale: 'fr', subject: 'Merci pour votre intérêt pour Up Together' })
    expect(toFamily.text).toContain('Famille Dubois')
    expect(toFamily.html).toContain('lang="fr"')
    // Replies from the family reach the Up Together contact.
    expect(toFamily.replyTo).toBe('uptogether@example.org')

    const notice = messages.find((message) => message.kind === 'host-interest-new')!
    expect(notice.to).toBe('uptogether@example.org')
    expect(notice.subject).toBe('Nieuw gastgezin voor Up Together: Famille Dubois')
    expect(notice.text).toContain(body.reference)
    expect(notice.text).toContain(`/admin/collections/volunteer-applications/${application.id}`)
    // The home and household stay in the admin.
    expect(notice.text).not.toContain('Un couple avec un enfant')
  })

  it('in Dutch and English too, each in the family’s language', async () => {
    for (const [locale, subject] of [
      ['nl', 'Bedankt voor je interesse in Up Together'],
      ['en', 'Thank you for your interest in Up Together'],
    ] as const) {
      const { body } = await apply(api.url, await family(locale, `family.${locale}@example.org`))
      const { messages } = await outboxFor(body.reference!)
      expect(messages.find((message) => message.kind === 'host-interest-received')).toMatchObject({ locale, subject, to: `family.${locale}@example.org` })
    }
  })

  it('without an Up Together contact, the general address is told', async () => {
    await setContacts({ upTogether: null })
    try {
      const { body } = await apply(api.url, await family('nl', 'peeters@example.org'))
      const { messages } = await outboxFor(body.reference!)
      expect(messages.find((message) => message.kind === 'host-interest-new')?.to).toBe('info@example.org')
    } finally {
      await setContacts({ upTogether: 'uptogether@example.org' })
    }
  })

  it('a volunteer still gets the application confirmation, and the coordinator is told', async () => {
    const fields = {
      role: visitorRole,
      track: 'standard',
      locale: 'en',
      name: 'Sam Jones',
      email: 'sam.volunteer@example.org',
      phone: '+32 470 99 88 77',
      town: '8000',
      preferredLanguage: 'en',
      'languages.0.language': 'English',
      'languages.0.level': 'native',
      centres: ['bruges'],
      hoursPerWeek: '8',
      drivingLicence: 'true',
      motivation: 'I would like to visit people in detention.',
      consent: 'true',
      altcha: await solvedProof(api.url),
    }
    const { status, body } = await apply(api.url, fields, { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    expect(body.errors).toBeUndefined()
    expect(status).toBe(201)
    const { messages } = await outboxFor(body.reference!)
    expect(messages.map((message) => [message.kind, message.to])).toEqual([
      ['volunteer-application-received', 'sam.volunteer@example.org'],
      ['volunteer-application-new', 'coordinator@example.org'],
    ])
  })
})

describe('the coordinator’s list', () => {
  it('tells hosts and volunteers apart: a column, and a filter on it', async () => {
    const collection = cms.payload.collections['volunteer-applications'].config
    expect(collection.admin.defaultColumns).toContain('track')
    const { docs: hosts } = await cms.payload.find({ collection: 'volunteer-applications', where: { track: { equals: 'hosting' } }, overrideAccess: true, pagination: false })
    const { docs: volunteers } = await cms.payload.find({ collection: 'volunteer-applications', where: { track: { equals: 'standard' } }, overrideAccess: true, pagination: false })
    expect(hosts.length).toBeGreaterThanOrEqual(4)
    expect(hosts.every((doc) => doc.role && doc.track === 'hosting')).toBe(true)
    expect(volunteers.map((doc) => doc.name)).toContain('Sam Jones')
    // Its values read as such in the staff's languages.
    const track = collection.fields.find((field) => 'name' in field && field.name === 'track') as { options: { value: string; label: Record<string, string> }[] }
    expect(track.options.find((option) => option.value === 'hosting')?.label).toMatchObject({ fr: 'Famille d’accueil (Up Together)', nl: 'Gastgezin (Up Together)' })
  })
})
