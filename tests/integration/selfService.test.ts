import { inflateRawSync } from 'node:zlib'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { docxDocument, executable, pdfDocument } from './support/documents'
import { TestSmtp } from './support/smtp'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply, roleId, solvedProof, stopCrons, storedFiles } from './support/volunteering'

/**
 * Self-service through signed links, over HTTP as a browser without script uses it: the
 * link in each confirmation email, the pages in the person's language, every action for
 * applicants, donors and goods givers (303 back, audit line, confirmation email), the
 * link refused when tampered, expired or replaced, and erasure leaving nothing of the
 * person anywhere but the anonymous accounting record. SQLite, and PostgreSQL with TEST_DATABASE_URL.
 */
let cms: TestCms
let api: { url: string; close: () => Promise<void> }
const smtp = new TestSmtp()
let visitor = 0
let accredited: string

beforeAll(async () => {
  await smtp.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  for (const locale of ['nl', 'fr', 'en'] as const) {
    await cms.payload.updateGlobal({ slug: 'organisation', locale, data: { emails: { general: 'info@example.org', volunteers: 'coordinator@example.org', goods: 'goods@example.org' } } })
  }
  api = await serveApi(cms)
  await stopCrons(api.url, cms.payload)
  accredited = await roleId(cms.payload, 'accredited-visitor')
}, 180_000)
afterAll(async () => {
  await api?.close()
  await cms?.close()
  await smtp.stop()
})

const from = () => `10.9.${Math.floor(++visitor / 250)}.${visitor % 250}`

/** A page or action as a browser without script asks for it: redirects are looked at, not followed. */
async function browse(url: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  // The CMS names its own pages by its public address (CMS_URL); the test server stands in for it.
  const response = await fetch(`${api.url}${url.replace(/^https?:\/\/localhost:3000/, '')}`, { redirect: 'manual', ...init, headers: { 'x-forwarded-for': from(), ...(init.headers ?? {}) } })
  return { status: response.status, headers: response.headers, location: response.headers.get('location') ?? '', text: response.headers.get('content-type')?.includes('zip') ? '' : await response.text(), response }
}

const post = (link: string, action: string, fields: Record<string, string>) => browse(`${link}/${action}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, body: new URLSearchParams(fields).toString() })

/** The path of the last personal link emailed to this address (in the outbox, as the person would read it). */
async function linkFromEmail(to: string, kind?: string): Promise<string> {
  const { docs } = await cms.payload.find({ collection: 'email-messages', where: { and: [{ to: { equals: to } }, ...(kind ? [{ kind: { equals: kind } }] : [])] }, sort: '-createdAt', limit: 20, depth: 0, overrideAccess: true })
  for (const message of docs) {
    const match = /https?:\/\/[^\s"<]+\/api\/self-service\/([A-Za-z0-9._-]+)/.exec(message.text)
    if (match) return `/api/self-service/${match[1]}`
  }
  throw new Error(`No personal link emailed to ${to}`)
}

/** Asks for links as the "your details" page does without script; only queued, until sendQueuedLinks. */
async function requestLinks(email: string, locale = 'en') {
  return browse('/api/self-service/request-link', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'sec-fetch-mode': 'navigate' }, body: new URLSearchParams({ email, locale }).toString() })
}

const linkJobs = { taskSlug: { equals: 'send-self-service-links' } } as const
/** What the CMS server's jobs queue does within seconds of a request (tests run jobs themselves). */
async function sendQueuedLinks() {
  await cms.payload.jobs.run({ where: linkJobs, silent: true })
}
async function queuedLinkRequests() {
  const { docs } = await cms.payload.find({ collection: 'payload-jobs', where: linkJobs, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
  return docs.map((job) => job.input)
}

const events = async (action: string) => (await cms.payload.find({ collection: 'self-service-events', where: { action: { equals: action } }, pagination: false, depth: 0, overrideAccess: true })).docs
const emailsOfKind = async (to: string, kind: string) => (await cms.payload.count({ collection: 'email-messages', where: { and: [{ to: { equals: to } }, { kind: { equals: kind } }] }, overrideAccess: true })).totalDocs

/** Every stored row of every collection (Payload's own included), as text, holding any of these. */
async function rowsMentioning(...needles: string[]): Promise<string[]> {
  const found: string[] = []
  for (const collection of cms.payload.config.collections) {
    const { docs } = await cms.payload.find({ collection: collection.slug as CollectionSlug, pagination: false, depth: 0, overrideAccess: true, locale: 'all' } as never)
    for (const doc of docs as unknown[]) {
      const text = JSON.stringify(doc).toLowerCase()
      for (const needle of needles) if (needle && text.includes(needle.toLowerCase())) found.push(`${collection.slug}: ${needle}`)
    }
  }
  return found
}

/** The names and contents of a ZIP's entries (deflated or stored), read from its central directory. */
function unzip(bytes: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>()
  let end = bytes.length - 22
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--
  let offset = bytes.readUInt32LE(end + 16)
  for (let n = 0; n < bytes.readUInt16LE(end + 10); n++) {
    const method = bytes.readUInt16LE(offset + 10)
    const size = bytes.readUInt32LE(offset + 20)
    const nameLength = bytes.readUInt16LE(offset + 28)
    const name = bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    const local = bytes.readUInt32LE(offset + 42)
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    const data = bytes.subarray(start, start + size)
    entries.set(name, method === 8 ? inflateRawSync(data) : data)
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32)
  }
  return entries
}

describe('the personal link', () => {
  it('comes with the pledge confirmation and opens the giver’s page in their language, privately', async () => {
    const need = await cms.payload.create({ collection: 'needs', data: { name: 'Laptops test', unit: 'laptops', category: 'it-equipment', condition: 'used-working', priority: 'normal', quantityNeeded: 5, status: 'open' }, overrideAccess: true })
    const email = 'giver.link@example.org'
    const response = await fetch(`${api.url}/api/pledges`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from() }, body: JSON.stringify({ need: need.id, quantity: 2, name: 'Lien Donneur', email, consent: true, locale: 'fr' }) })
    expect(response.status).toBe(201)
    const link = await linkFromEmail(email, 'goods-pledge-received')
    const page = await browse(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toContain('no-store')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.text).toContain('<html lang="fr">')
    expect(page.text).toContain('Votre promesse de don')
    expect(page.text).toContain('Laptops test')
  })

  it('is refused when tampered with, in the browser’s language, and changes nothing', async () => {
    const link = await linkFromEmail('giver.link@example.org')
    const last = link.at(-1) === 'A' ? 'B' : 'A'
    const tampered = await browse(`${link.slice(0, -1)}${last}`, { headers: { 'accept-language': 'nl-BE,nl;q=0.9' } })
    expect(tampered.status).toBe(403)
    expect(tampered.text).toContain('Deze link werkt niet')
    const otherRecord = link.replace(/\/(\d+)\./, (_, id) => `/${Number(id) + 1}.`)
    expect((await browse(otherRecord)).status).toBe(403)
    const action = await post(`${link.slice(0, -1)}${last}`, 'cancel', {})
    expect(action.status).toBe(403)
  })

  it('is refused once expired, in the person’s language', async () => {
    const { tokenFor } = await import('../../cms/selfService/links')
    const { docs } = await cms.payload.find({ collection: 'self-service-links', where: { subjectCollection: { equals: 'pledges' } }, limit: 1, depth: 0, overrideAccess: true })
    const row = docs[0]!
    const expired = tokenFor(row.id, row.nonce, new Date(Date.now() - 60_000))
    const page = await browse(`/api/self-service/${expired}`)
    expect(page.status).toBe(410)
    expect(page.text).toContain('Ce lien a expiré')
    expect(page.text).toContain('/fr/mes-donnees/')
  })

  it('is revoked by asking for a new one; the answer is the same for an unknown address', async () => {
    const email = 'giver.link@example.org'
    const old = await linkFromEmail(email)
    const known = await requestLinks(email, 'fr')
    const unknown = await requestLinks('nobody.here@example.org', 'fr')
    expect(known.status).toBe(303)
    expect(unknown.status).toBe(303)
    expect(known.location).toBe(unknown.location)
    expect(known.location).toBe('http://localhost:4321/fr/mes-donnees/lien-envoye/')
    await sendQueuedLinks()
    expect(await emailsOfKind('nobody.here@example.org', 'self-service-link')).toBe(0)
    const fresh = await linkFromEmail(email, 'self-service-link')
    expect(fresh).not.toBe(old)
    const reused = await browse(old)
    expect(reused.status).toBe(410)
    expect(reused.text).toContain('Ce lien ne fonctionne plus')
    expect((await browse(fresh)).status).toBe(200)
    expect((await events('link-requested')).length).toBeGreaterThan(0)
  })

  it('answers a known and an unknown address after the same work, so that its timing tells nothing: each request queued as it came, looked up by the job', async () => {
    const email = 'giver.timing@example.org'
    await cms.payload.create({ collection: 'donations', data: { source: 'offline', kind: 'other', status: 'paid', amountCents: 2000, receivedAt: new Date().toISOString(), donorName: 'Timing Giver', donorEmail: email, locale: 'nl' }, overrideAccess: true })
    const sentBefore = await emailsOfKind(email, 'self-service-link')
    const known = await requestLinks(email, 'nl')
    const unknown = await requestLinks('nobody.timing@example.org', 'nl')
    expect([known.status, unknown.status]).toEqual([303, 303])
    expect(known.location).toBe(unknown.location)
    // Nothing looked up, revoked or sent before answering: the same one row for both.
    expect(await queuedLinkRequests()).toEqual([{ email, locale: 'nl' }, { email: 'nobody.timing@example.org', locale: 'nl' }])
    expect(await emailsOfKind(email, 'self-service-link')).toBe(sentBefore)
    await sendQueuedLinks()
    expect(await emailsOfKind(email, 'self-service-link')).toBe(sentBefore + 1)
    expect(await emailsOfKind('nobody.timing@example.org', 'self-service-link')).toBe(0)
    // Done, the jobs are gone, and the addresses in them.
    expect(await queuedLinkRequests()).toEqual([])
  })

  it('asking with a malformed address shows the form again, and nothing is sent', async () => {
    const answer = await requestLinks('not-an-address', 'nl')
    expect(answer.status).toBe(303)
    expect(answer.location).toMatch(/\/api\/forms\/retry\//)
    const retry = await browse(answer.location)
    expect(retry.text).toContain('action="/api/self-service/request-link"')
  })
})

describe('a goods giver', () => {
  async function pledgeFor(quantityNeeded: number, quantity: number, email: string) {
    const need = await cms.payload.create({ collection: 'needs', data: { name: `Soap ${email}`, unit: 'boxes', category: 'other', condition: 'new', priority: 'normal', quantityNeeded, status: 'open' }, overrideAccess: true })
    const response = await fetch(`${api.url}/api/pledges`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from() }, body: JSON.stringify({ need: need.id, quantity, name: 'Greet Gever', email, consent: true, locale: 'nl' }) })
    expect(response.status).toBe(201)
    return { needId: need.id, link: await linkFromEmail(email, 'goods-pledge-received') }
  }
  const needCounts = async (id: number | string) => {
    const need = await cms.payload.findByID({ collection: 'needs', id, depth: 0, overrideAccess: true })
    return { pledged: Number(need.quantityPledged), status: need.status }
  }

  it('changes the quantity within what is still wanted, the need following at once', async () => {
    const email = 'greet.quantity@example.org'
    const { needId, link } = await pledgeFor(5, 2, email)
    expect(await needCounts(needId)).toEqual({ pledged: 2, status: 'open' })

    const more = await post(link, 'quantity', { quantity: '4' })
    expect(more.status).toBe(303)
    expect(more.location).toContain('?done=quantity')
    expect(await needCounts(needId)).toEqual({ pledged: 4, status: 'open' })

    const tooMany = await post(link, 'quantity', { quantity: '6' })
    expect(tooMany.location).toContain('problem=quantity')
    expect((await browse(tooMany.location)).text).toContain('Kies een aantal van 1 tot 5.')
    expect(await needCounts(needId)).toEqual({ pledged: 4, status: 'open' })

    const fewer = await post(link, 'quantity', { quantity: '1' })
    expect(fewer.location).toContain('?done=quantity')
    expect(await needCounts(needId)).toEqual({ pledged: 1, status: 'open' })
    const pledge = (await cms.payload.find({ collection: 'pledges', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]!
    expect(pledge.quantity).toBe(1)
    expect(await emailsOfKind(email, 'self-service-pledge-changed')).toBe(2)
    const logged = (await events('changed-pledge-quantity')).filter((event) => event.subjectId === String(pledge.id))
    expect(logged).toHaveLength(2)
    expect(JSON.stringify(logged)).not.toContain(email)
    const page = await browse(fewer.location)
    expect(page.text).toContain('Je toezegging is aangepast.')
  })

  it('cancels, giving the items back to the need; a cancelled pledge cannot change', async () => {
    const email = 'greet.cancel@example.org'
    const { needId, link } = await pledgeFor(3, 3, email)
    expect(await needCounts(needId)).toEqual({ pledged: 3, status: 'open' })
    const cancelled = await post(link, 'cancel', {})
    expect(cancelled.location).toContain('?done=cancelled')
    expect(await needCounts(needId)).toEqual({ pledged: 0, status: 'open' })
    expect(await emailsOfKind(email, 'self-service-pledge-cancelled')).toBe(1)
    expect((await post(link, 'quantity', { quantity: '2' })).location).toContain('problem=closed')
    expect(await needCounts(needId)).toEqual({ pledged: 0, status: 'open' })
    expect((await browse(link)).text).toContain('Geannuleerd')
  })
})

describe('an applicant', () => {
  const person = { name: 'Noor Vandenberghe', email: 'noor.selfservice@example.org', phone: '+32 470 99 88 77' }
  let link: string

  beforeAll(async () => {
    const fields = {
      role: accredited, track: 'standard', locale: 'nl', name: person.name, email: person.email, phone: person.phone, preferredLanguage: 'nl', town: 'Gent',
      'languages.0.language': 'Nederlands', 'languages.0.level': 'native', centres: ['merksplas'], hoursPerWeek: '8', drivingLicence: 'true', experience: ['law'],
      motivation: 'Ik wil gedetineerden bezoeken.', consent: 'true', altcha: await solvedProof(api.url),
    }
    const { status } = await apply(api.url, fields, { cv: { bytes: pdfDocument(), name: 'cv-noor.pdf' } })
    expect(status).toBe(201)
    link = await linkFromEmail(person.email, 'volunteer-application-received')
  })

  it('sees the application’s status and history in Dutch', async () => {
    const page = await browse(link)
    expect(page.status).toBe(200)
    expect(page.text).toContain('<html lang="nl">')
    expect(page.text).toContain('Je kandidatuur')
    expect(page.text).toContain('Ontvangen')
    expect(page.text).toContain('cv-noor.pdf')
    // The retention rules of the Volunteering settings.
    const settings = await cms.payload.findGlobal({ slug: 'volunteering-settings', depth: 0, overrideAccess: true })
    expect(page.text).toContain(`${settings.retentionWeeks ?? 4} weken na die beslissing`)
  })

  it('corrects the contact details, with the same checks as the form', async () => {
    const wrong = await post(link, 'contact', { email: 'not an address', phone: '', town: '' })
    expect(wrong.location).toContain('problem=email')
    const done = await post(link, 'contact', { email: person.email, phone: '+32 470 11 22 33', town: 'Brugge' })
    expect(done.location).toContain('?done=contact')
    const application = (await cms.payload.find({ collection: 'volunteer-applications', where: { email: { equals: person.email } }, depth: 0, overrideAccess: true })).docs[0]!
    expect(application.phone).toBe('+32 470 11 22 33')
    expect(application.town).toBe('Brugge')
    person.phone = '+32 470 11 22 33'
    expect(await emailsOfKind(person.email, 'self-service-details-updated')).toBe(1)
    expect(await events('updated-contact-details')).toHaveLength(1)
  })

  it('replaces the CV, refusing what the application form refuses', async () => {
    const before = (await cms.payload.find({ collection: 'volunteer-applications', where: { email: { equals: person.email } }, depth: 0, overrideAccess: true })).docs[0]!
    const send = (bytes: Uint8Array, name: string) => {
      const form = new FormData()
      form.append('cv', new File([new Uint8Array(bytes)], name))
      return browse(`${link}/cv`, { method: 'POST', body: form, headers: { accept: 'text/html' } })
    }
    const refused = await send(executable(), 'cv.pdf')
    expect(refused.location).toContain('problem=cvType')
    expect(storedFiles()).toContain(before.cv!.storedName)

    const replaced = await send(docxDocument(), 'Nieuw cv.docx')
    expect(replaced.location).toContain('?done=cv')
    const after = (await cms.payload.findByID({ collection: 'volunteer-applications', id: before.id, depth: 0, overrideAccess: true }))
    expect(after.cv?.originalName).toBe('Nieuw cv.docx')
    expect(storedFiles()).toContain(after.cv!.storedName)
    expect(storedFiles()).not.toContain(before.cv!.storedName)
    expect(await emailsOfKind(person.email, 'self-service-cv-replaced')).toBe(1)
  })

  it('downloads everything held: the record as JSON and the CV', async () => {
    const download = await browse(`${link}/download`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/zip')
    expect(download.headers.get('cache-control')).toContain('no-store')
    const entries = unzip(Buffer.from(await download.response.arrayBuffer()))
    const data = JSON.parse(entries.get('data.json')!.toString('utf8'))
    expect(data.applications[0].email).toBe(person.email)
    expect(data.applications[0].cv.storedName).toBeUndefined()
    expect(data.emails.some((message: { subject: string }) => /kandidatuur/i.test(message.subject))).toBe(true)
    const cv = [...entries.keys()].find((name) => name.startsWith('files/'))!
    expect(entries.get(cv)!.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(await events('downloaded-data')).toHaveLength(1)
  })

  it('withdraws the application, which the history shows', async () => {
    const done = await post(link, 'withdraw', {})
    expect(done.location).toContain('?done=withdrawn')
    const application = (await cms.payload.find({ collection: 'volunteer-applications', where: { email: { equals: person.email } }, depth: 0, overrideAccess: true })).docs[0]!
    expect(application.status).toBe('withdrawn')
    expect(application.statusHistory?.map((entry) => entry.status)).toEqual(['new', 'withdrawn'])
    expect(await emailsOfKind(person.email, 'self-service-withdrawn')).toBe(1)
    const page = await browse(link)
    expect(page.text).toContain('Ingetrokken')
    expect(page.text).not.toContain('Mijn kandidatuur intrekken')
  })

  it('erases everything: no row, file or email keeps them; the link stops working', async () => {
    const unconfirmed = await post(link, 'erase', {})
    expect(unconfirmed.location).toContain('problem=confirm')
    const filesBefore = storedFiles().length
    const received = smtp.received.length
    const erased = await post(link, 'erase', { confirm: 'on' })
    expect(erased.status).toBe(303)
    expect(erased.location).toBe('/api/self-service/erased/applicant?locale=nl')
    expect((await browse(erased.location)).text).toContain('Je gegevens zijn gewist')
    expect(await rowsMentioning(person.email, person.name, person.phone)).toEqual([])
    expect(storedFiles().length).toBe(filesBefore - 1)
    // The confirmation went out at once, and was never kept.
    expect(smtp.received.slice(received).some((mail) => mail.to.includes(person.email) && mail.raw.includes('Je gegevens zijn gewist'))).toBe(true)
    const reused = await browse(link)
    expect(reused.status).toBe(410)
    expect(reused.text).toContain('Deze link werkt niet meer')
    expect(await events('erased-data')).toHaveLength(1)
  })
})

describe('a donor', () => {
  const person = { name: 'Marie Dubois-Test', email: 'marie.donor@example.org', street: 'Rue des Tests 12', nrn: '85073003328' }

  beforeAll(async () => {
    const common = { source: 'stripe' as const, donorName: person.name, donorEmail: person.email, locale: 'fr' as const, taxCertificate: { requested: true, nationalRegisterNumber: person.nrn, street: person.street, postalCode: '1000', city: 'Bruxelles' } }
    await cms.payload.create({ collection: 'donations', data: { ...common, kind: 'one-time', status: 'paid', amountCents: 5000, receivedAt: '2026-03-01T10:00:00Z', stripe: { checkoutSessionId: 'cs_test_self_1', paymentIntentId: 'pi_test_self_1', customerId: 'cus_self' } }, overrideAccess: true })
    await cms.payload.create({ collection: 'donations', data: { ...common, kind: 'monthly', status: 'paid', amountCents: 1500, receivedAt: '2026-04-01T10:00:00Z', stripe: { invoiceId: 'in_test_self_1', customerId: 'cus_self' } }, overrideAccess: true })
    await cms.payload.create({ collection: 'monthly-gifts', data: { donorName: person.name, donorEmail: person.email, locale: 'fr', amountCents: 1500, status: 'active', taxCertificate: common.taxCertificate, stripe: { subscriptionId: 'sub_self', customerId: 'cus_self' } }, overrideAccess: true })
    expect((await requestLinks(person.email, 'en')).status).toBe(303)
    await sendQueuedLinks()
  })

  it('sees their gifts and monthly gift in French, with the way to the payment portal, and no empty certificates section', async () => {
    const page = await browse(await linkFromEmail(person.email, 'self-service-link'))
    expect(page.status).toBe(200)
    expect(page.text).toContain('<html lang="fr">')
    expect(page.text).toContain('Vos dons')
    expect(page.text).toMatch(/50,00\s€/)
    expect(page.text).toMatch(/15,00\s€ par mois/)
    expect(page.text).toContain('Modifier ou arrêter mon don mensuel')
    expect(page.text).not.toContain('Attestations fiscales')
  })

  it('corrects name and address on every gift', async () => {
    const link = await linkFromEmail(person.email, 'self-service-link')
    const done = await post(link, 'details', { name: 'Marie Dubois-Test', street: 'Rue Nouvelle 5', postalCode: '1050', city: 'Ixelles' })
    expect(done.location).toContain('?done=nameAddress')
    person.street = 'Rue Nouvelle 5'
    const gifts = (await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: person.email } }, depth: 0, overrideAccess: true })).docs
    expect(gifts.map((gift) => gift.taxCertificate?.street)).toEqual(['Rue Nouvelle 5', 'Rue Nouvelle 5'])
    // The national register number is left as it was (stored sealed: cms/fields/encryptedNationalRegisterNumber.ts).
    expect(gifts.every((gift) => Boolean(gift.taxCertificate?.nationalRegisterNumber))).toBe(true)
    expect(await emailsOfKind(person.email, 'self-service-details-updated')).toBe(1)
  })

  it('is sent back with a clear message when the payment portal cannot be reached (no Stripe here)', async () => {
    const link = await linkFromEmail(person.email, 'self-service-link')
    const [gift] = (await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: person.email } }, depth: 0, overrideAccess: true })).docs
    const portal = await browse(`${link}/portal?gift=${gift!.id}`)
    expect(portal.status).toBe(303)
    expect(portal.location).toContain('?problem=portal')
    expect((await browse(portal.location)).text).toContain('Le portail de paiement ne peut pas être ouvert')
    // Another donor's gift is not theirs to open.
    expect((await browse(`${link}/portal?gift=999999`)).location).toContain('?problem=portal')
  })

  it('downloads their data', async () => {
    const link = await linkFromEmail(person.email, 'self-service-link')
    const download = await browse(`${link}/download`)
    expect(download.status).toBe(200)
    const data = JSON.parse(unzip(Buffer.from(await download.response.arrayBuffer())).get('data.json')!.toString('utf8'))
    expect(data.gifts).toHaveLength(2)
    expect(data.monthlyGifts[0].amountCents).toBe(1500)
    expect(await emailsOfKind(person.email, 'self-service-data-downloaded')).toBe(1)
  })

  it('cannot erase while the monthly gift runs; once stopped, keeps only the anonymous accounting record', async () => {
    const link = await linkFromEmail(person.email, 'self-service-link')
    const blocked = await post(link, 'erase', { confirm: 'on' })
    expect(blocked.location).toContain('problem=monthlyActive')
    const [gift] = (await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: person.email } }, depth: 0, overrideAccess: true })).docs
    await cms.payload.update({ collection: 'monthly-gifts', id: gift!.id, data: { status: 'cancelled', cancelledAt: new Date().toISOString() }, overrideAccess: true })

    const erased = await post(link, 'erase', { confirm: 'on' })
    expect(erased.location).toBe('/api/self-service/erased/donor?locale=fr')
    expect((await browse(erased.location)).text).toContain('pendant 7 ans')
    expect(await rowsMentioning(person.email, person.name, person.street, person.nrn, 'cus_self')).toEqual([])
    const kept = (await cms.payload.find({ collection: 'donations', where: { or: [{ 'stripe.checkoutSessionId': { equals: 'cs_test_self_1' } }, { 'stripe.invoiceId': { equals: 'in_test_self_1' } }] }, depth: 0, overrideAccess: true, pagination: false })).docs
    expect(kept.map((doc) => [doc.amountCents, doc.status, doc.donorName ?? null, doc.donorEmail ?? null, doc.taxCertificate?.nationalRegisterNumber ?? null, doc.taxCertificate?.street ?? null]).sort()).toEqual([
      [1500, 'paid', null, null, null, null],
      [5000, 'paid', null, null, null, null],
    ])
    expect(await cms.payload.count({ collection: 'monthly-gifts', where: { id: { equals: gift!.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
    expect((await browse(link)).status).toBe(410)
  })
})

describe('the self-service log', () => {
  it('holds who, what and when, and no personal data', async () => {
    const { docs } = await cms.payload.find({ collection: 'self-service-events', pagination: false, depth: 0, overrideAccess: true })
    expect(docs.length).toBeGreaterThan(8)
    for (const doc of docs) expect(Object.keys(doc).sort()).toEqual(['action', 'createdAt', 'id', 'personKind', 'subjectCollection', 'subjectId', 'updatedAt'])
  })

})
