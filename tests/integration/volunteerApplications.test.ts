import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formMessages } from '../../domain/forms/messages'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { docxDocument, executable, odtDocument, otherZip, pdfDocument } from './support/documents'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply, counts, privateFilesDir, roleId, solvedProof, stopCrons } from './support/volunteering'

let cms: TestCms
let api: { url: string; close: () => Promise<void> }
let accredited: string
let host: string

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  for (const locale of ['nl', 'fr', 'en'] as const) {
    await cms.payload.updateGlobal({ slug: 'organisation', locale, data: { emails: { general: 'info@example.org', volunteers: 'coordinator@example.org' } } })
  }
  api = await serveApi(cms)
  await stopCrons(api.url, cms.payload)
  accredited = await roleId(cms.payload, 'accredited-visitor')
  host = await roleId(cms.payload, 'up-together-host')
}, 120_000)
afterAll(async () => {
  await api?.close()
  await cms?.close()
})

const visitor = (role: string, locale = 'fr') => ({
  role,
  track: 'standard',
  locale,
  name: 'Amina Diallo',
  email: `amina.${Math.random().toString(36).slice(2)}@example.org`,
  phone: '+32 470 12 34 56',
  preferredLanguage: locale,
  town: '1150',
  'languages.0.language': 'Français',
  'languages.0.level': 'native',
  'languages.1.language': 'Nederlands',
  'languages.1.level': 'good',
  centres: ['merksplas', 'steenokkerzeel'],
  hoursPerWeek: '8',
  drivingLicence: 'true',
  experience: ['law'],
  motivation: 'Je veux accompagner les personnes détenues.',
  consent: 'true',
})

describe('POST /api/volunteer-applications with good files', () => {
  const documents = [
    { kind: 'PDF', name: 'cv.pdf', bytes: pdfDocument(), mime: 'application/pdf' },
    { kind: 'DOCX', name: 'Mon CV.docx', bytes: docxDocument(), mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { kind: 'ODT', name: 'cv.odt', bytes: odtDocument(), mime: 'application/vnd.oasis.opendocument.text' },
  ]
  for (const document of documents) {
    it(`stores a ${document.kind} CV under a random private name, and queues both emails`, async () => {
      const before = await counts(cms.payload)
      const fields = { ...visitor(accredited), altcha: await solvedProof(api.url) }
      const { status, body } = await apply(api.url, fields, { cv: { bytes: document.bytes, name: document.name } })
      expect(status).toBe(201)
      expect(body.reference).toMatch(/^V-[0-9A-Z]{8}$/)

      const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { reference: { equals: body.reference } }, overrideAccess: true })
      const record = docs[0]!
      expect(record.status).toBe('new')
      expect(record.centres).toEqual(['merksplas', 'steenokkerzeel'])
      expect(record.languages?.map((l) => l.language)).toEqual(['Français', 'Nederlands'])
      expect(record.statusHistory?.[0]).toMatchObject({ status: 'new', changedBy: 'website form' })
      expect(record.cv?.mimeType).toBe(document.mime)
      expect(record.cv?.storedName).toMatch(/^[0-9a-f]{48}\.(pdf|docx|odt)$/)
      expect(record.cv?.storedName).not.toContain('cv')
      const onDisk = path.join(privateFilesDir(), record.cv!.storedName!)
      expect(fs.readFileSync(onDisk)).toEqual(Buffer.from(document.bytes))
      // Outside anything public: not under the media folder the CMS serves.
      expect(onDisk.startsWith(path.join(cms.dataDir, 'private'))).toBe(true)

      const after = await counts(cms.payload)
      expect(after).toEqual({ applications: before.applications + 1, emails: before.emails + 2, files: before.files + 1 })
      const emails = await cms.payload.find({ collection: 'email-messages', where: { 'related.documentId': { equals: String(record.id) } }, overrideAccess: true })
      const received = emails.docs.find((m) => m.kind === 'volunteer-application-received')!
      const notice = emails.docs.find((m) => m.kind === 'volunteer-application-new')!
      expect(received).toMatchObject({ to: fields.email, locale: 'fr' })
      expect(received.text).toContain(body.reference)
      expect(received.text).toContain('Visiteur accrédité')
      expect(notice.text).toContain(`/admin/collections/volunteer-applications/${record.id}`)
      expect(notice.text).not.toContain(fields.phone)
      expect(notice.subject).toBe('Nieuwe kandidatuur: Geaccrediteerde bezoeker')
    })
  }

  it('takes a hosting application without a CV, and ignores a CV sent anyway', async () => {
    const before = await counts(cms.payload)
    const fields = {
      role: host,
      track: 'hosting',
      locale: 'nl',
      name: 'Familie Wouters',
      email: 'wouters@example.org',
      phone: '016 12 34 56',
      preferredLanguage: 'nl',
      town: 'Leuven',
      region: 'Vlaams-Brabant',
      household: 'Een koppel met twee tieners',
      spareRoom: 'yes',
      hostingPeriod: 'Vanaf maart',
      motivation: 'We hebben een kamer vrij.',
      consent: 'true',
      altcha: await solvedProof(api.url),
    }
    const { status, body } = await apply(api.url, fields, { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    expect(status).toBe(201)
    const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { reference: { equals: body.reference } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ track: 'hosting', hosting: { region: 'Vlaams-Brabant', spareRoom: 'yes' } })
    expect(docs[0]!.cv?.storedName ?? null).toBeNull()
    expect((await counts(cms.payload)).files).toBe(before.files)
  })
})

describe('bad input is answered per field, in the applicant’s language, and nothing is stored', () => {
  const cases: { title: string; change: (f: Record<string, string | string[]>) => Record<string, string | string[]>; file: () => { bytes: Uint8Array; name: string }; field: string; message: keyof (typeof formMessages)['fr'] }[] = [
    { title: 'an executable renamed .pdf', change: (f) => f, file: () => ({ bytes: executable(), name: 'cv.pdf' }), field: 'cv', message: 'fileType' },
    { title: 'a ZIP renamed .docx', change: (f) => f, file: () => ({ bytes: otherZip(), name: 'cv.docx' }), field: 'cv', message: 'fileType' },
    { title: 'a 6 MB file', change: (f) => f, file: () => ({ bytes: pdfWithPadding(6 * 1024 * 1024), name: 'cv.pdf' }), field: 'cv', message: 'fileTooLarge' },
    { title: 'no consent', change: ({ consent: _, ...f }) => f, file: () => ({ bytes: pdfDocument(), name: 'cv.pdf' }), field: 'consent', message: 'consentRequired' },
    { title: 'a filled honeypot', change: (f) => ({ ...f, website: 'https://spam.example' }), file: () => ({ bytes: pdfDocument(), name: 'cv.pdf' }), field: 'website', message: 'spam' },
    { title: 'a script in the motivation', change: (f) => ({ ...f, motivation: '<script>alert(document.cookie)</script>' }), file: () => ({ bytes: pdfDocument(), name: 'cv.pdf' }), field: 'motivation', message: 'noMarkup' },
  ]
  for (const { title, change, file, field, message } of cases) {
    it(`refuses ${title}`, async () => {
      const before = await counts(cms.payload)
      const { status, body } = await apply(api.url, { ...change(visitor(accredited, 'fr')), altcha: await solvedProof(api.url) }, { cv: file() })
      expect(status).toBe(400)
      expect(body.errors?.[field]).toBe(formMessages.fr[message])
      expect(await counts(cms.payload)).toEqual(before)
    })
  }

  it('answers in Dutch for a Dutch form', async () => {
    const { consent: _, ...fields } = visitor(accredited, 'nl')
    const { body } = await apply(api.url, fields, { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    expect(body.errors?.consent).toBe(formMessages.nl.consentRequired)
  })

  it('refuses a closed role, and a role of the other kind of form', async () => {
    const before = await counts(cms.payload)
    const closed = await roleId(cms.payload, 'translation')
    await cms.payload.update({ collection: 'volunteer-roles', id: closed, data: { open: false } })
    const toClosed = await apply(api.url, visitor(closed, 'en'), { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    expect(toClosed.status).toBe(400)
    expect(toClosed.body.errors?.role).toBe(formMessages.en.roleClosed)
    const wrongTrack = await apply(api.url, visitor(host, 'en'), { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    expect(wrongTrack.body.errors?.role).toBe(formMessages.en.roleClosed)
    expect(await counts(cms.payload)).toEqual(before)
    await cms.payload.update({ collection: 'volunteer-roles', id: closed, data: { open: true } })
  })
})

describe('spam protection', () => {
  it('keeps an application without a valid proof of work aside as spam, sending no email', async () => {
    const before = await counts(cms.payload)
    const { status, body } = await apply(api.url, { ...visitor(accredited), altcha: Buffer.from('{"challenge":{},"solution":{}}').toString('base64') }, { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    expect(status).toBe(201)
    const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { reference: { equals: body.reference } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'spam', spamReason: 'proof of work invalid' })
    expect(await counts(cms.payload)).toEqual({ ...before, applications: before.applications + 1, files: before.files + 1 })
  })

  it('accepts a solved challenge only once', async () => {
    const proof = await solvedProof(api.url)
    const first = await apply(api.url, { ...visitor(accredited), altcha: proof }, { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    const second = await apply(api.url, { ...visitor(accredited), altcha: proof }, { cv: { bytes: pdfDocument(), name: 'cv.pdf' } })
    const statuses = await cms.payload.find({ collection: 'volunteer-applications', where: { reference: { in: [first.body.reference!, second.body.reference!] } }, sort: 'createdAt', overrideAccess: true })
    expect(statuses.docs.map((d) => [d.reference, d.status])).toEqual([
      [first.body.reference, 'new'],
      [second.body.reference, 'spam'],
    ])
  })

  it('does not lock out a person whose attempts were refused for bad input', async () => {
    // The limit on sent applications is tested in clientAddress.test.ts.
    const answers: number[] = []
    for (let i = 0; i < 6; i++) answers.push((await apply(api.url, { locale: 'en' }, {}, '192.0.2.77')).status)
    expect(answers).toEqual([400, 400, 400, 400, 400, 400])
  })
})

function pdfWithPadding(size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  bytes.set(pdfDocument())
  return bytes
}

