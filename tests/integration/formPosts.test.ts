import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formMessage } from '../../domain/forms/errors'
import { formMessages } from '../../domain/forms/messages'
import { formatEuroCents } from '../../domain/money'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { format, ui } from '../../site/i18n'
import { serveApi } from './support/api'
import { pdfDocument } from './support/documents'
import { type ConnectedStripe, connectLocalStripe } from './support/localStripe'
import { startTestCms, type TestCms } from './support/testPayload'
import { roleId, stopCrons } from './support/volunteering'

/**
 * The public forms posted by a browser without script (urlencoded, or multipart with a
 * CV), as Chromium sends them: answered with 303 redirects — to the payment page, to the
 * site's confirmation page, or back to the form on a retry page the CMS renders with the
 * visitor's input and errors — while the islands' JSON answers stay as they were.
 */
let cms: TestCms
let api: Awaited<ReturnType<typeof serveApi>>
let stripe: ConnectedStripe
let need: number
let visiting: string
const locations: string[] = []
let address = 0

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  for (const locale of ['nl', 'fr', 'en'] as const) await cms.payload.updateGlobal({ slug: 'organisation', locale, data: { emails: { volunteers: 'coordinator@example.org' } } })
  api = await serveApi(cms)
  await stopCrons(api.url, cms.payload)
  stripe = await connectLocalStripe(api.url, { webhookSecret: 'whsec_forms', retryDelaysMs: [50] })
  const doc = await cms.payload.create({
    collection: 'needs',
    data: { name: 'Sleeping bags', unit: 'bags', category: 'other', condition: 'new', priority: 'normal', quantityNeeded: 3, status: 'open' },
    overrideAccess: true,
  })
  need = Number(doc.id)
  visiting = await roleId(cms.payload, 'accredited-visitor')
}, 120_000)
afterAll(async () => {
  await stripe?.disconnect()
  await api?.close()
  await cms?.close()
})

type Fields = [string, string][]
/** What Chromium sends for a form submission: a navigation asking for HTML. */
const browser = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' }

async function post(path: string, fields: Fields, { cv, headers = browser }: { cv?: Uint8Array; headers?: Record<string, string> } = {}) {
  let body: BodyInit
  if (cv) {
    const form = new FormData()
    for (const [name, value] of fields) form.append(name, value)
    form.append('cv', new File([new Uint8Array(cv)], 'cv.pdf', { type: 'application/pdf' }))
    body = form
  } else body = new URLSearchParams(fields)
  const response = await fetch(`${api.url}${path}`, { method: 'POST', body, redirect: 'manual', headers: { ...headers, 'X-Forwarded-For': `10.9.0.${++address}` } })
  const location = response.headers.get('location') ?? ''
  if (location) locations.push(location)
  return { status: response.status, location, text: await response.text(), type: response.headers.get('content-type') ?? '' }
}

/** The retry page a Location leads to (the CMS's own address, served here by the test server). */
const open = (location: string, language = 'en-GB,en;q=0.9') => fetch(`${api.url}${new URL(location).pathname}`, { headers: { 'Accept-Language': language } })
const retryAddress = /^http:\/\/localhost:3000\/api\/forms\/retry\/[A-Za-z0-9_-]{43}$/
const tokenOf = (location: string) => location.split('/').pop()!
/** Text as the page must carry it: escaped, so that what a visitor typed stays text. */
const escaped = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
const emailsAbout = (collection: string, id: number | string) =>
  cms.payload.find({ collection: 'email-messages', where: { and: [{ 'related.collection': { equals: collection } }, { 'related.documentId': { equals: String(id) } }] }, overrideAccess: true })
const count = async (collection: 'donations' | 'pledges' | 'volunteer-applications' | 'form-retries') => (await cms.payload.count({ collection, overrideAccess: true })).totalDocs

const gift: Fields = [['locale', 'fr'], ['frequency', 'once'], ['amount', 'other'], ['otherAmount', '12,50'], ['name', 'Marie Dubois'], ['email', 'marie.forms@example.be'], ['tributeOn', 'on'], ['tributeKind', 'honour'], ['tributeName', 'Jeanne']]
const pledge = (changes: Record<string, string> = {}): Fields => Object.entries({ need: String(need), locale: 'en', quantity: '1', name: 'Sam Jones', email: 'sam.forms@example.be', consent: 'on', ...changes })
const application = (locale: string, changes: Record<string, string> = {}): Fields =>
  Object.entries({ role: visiting, track: 'standard', locale, name: 'Amina Diallo', email: `amina.forms.${locale}@example.org`, phone: '+32 470 12 34 56', preferredLanguage: locale, town: '1150', 'languages.0.language': 'Français', 'languages.0.level': 'native', hoursPerWeek: '8', motivation: 'Je veux aider.', consent: 'on', website: '', ...changes })

describe('a form posted without script and accepted', () => {
  it('sends a gift to the payment page (303), kept as typed, the amount in euros read as the island reads it', async () => {
    const { status, location } = await post('/api/donations/checkout', gift)
    expect(status).toBe(303)
    const { docs } = await cms.payload.find({ collection: 'donations', sort: '-createdAt', limit: 1, overrideAccess: true })
    expect(docs[0]).toMatchObject({ amountCents: 1250, donorName: 'Marie Dubois', locale: 'fr', tributeKind: 'honour', tributeName: 'Jeanne', status: 'open' })
    expect(location).toBe(`${stripe.url}/demo/checkout/${docs[0]!.stripe?.checkoutSessionId}`)
  })

  it('sends a pledge to the wishlist’s confirmation page in its language, with its emails', async () => {
    const { status, location } = await post('/api/pledges', pledge())
    expect(status).toBe(303)
    expect(location).toBe('http://localhost:4321/en/material-needs/pledge-received/')
    const { docs } = await cms.payload.find({ collection: 'pledges', where: { email: { equals: 'sam.forms@example.be' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect((await emailsAbout('pledges', docs[0]!.id)).docs.map((email) => email.kind).sort()).toEqual(['goods-pledge-new', 'goods-pledge-received'])
  })

  it('keeps an application sent without a proof of work as new, marked "sent without script", with both emails', async () => {
    const { status, location } = await post('/api/volunteer-applications', application('fr'), { cv: pdfDocument() })
    expect(status).toBe(303)
    expect(location).toBe('http://localhost:4321/fr/benevolat/candidature-recue/')
    const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { email: { equals: 'amina.forms.fr@example.org' } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'new', sentWithoutScript: true, cv: { mimeType: 'application/pdf' } })
    expect(docs[0]!.spamReason ?? null).toBeNull()
    const emails = await emailsAbout('volunteer-applications', docs[0]!.id)
    expect(emails.docs.map((email) => email.kind).sort()).toEqual(['volunteer-application-new', 'volunteer-application-received'])
  })

  it('still takes a proof of work that is there and wrong as spam, without emails', async () => {
    await post('/api/volunteer-applications', application('nl', { altcha: Buffer.from('{"challenge":{},"solution":{}}').toString('base64') }), { cv: pdfDocument() })
    const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { email: { equals: 'amina.forms.nl@example.org' } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'spam', spamReason: 'proof of work invalid', sentWithoutScript: false })
  })
})

describe('the islands’ requests keep their JSON answers', () => {
  it('answers a script’s multipart application without a proof as before: 201 JSON, kept as spam', async () => {
    const { status, text } = await post('/api/volunteer-applications', application('en'), { cv: pdfDocument(), headers: {} })
    expect(status).toBe(201)
    expect(Object.keys(JSON.parse(text))).toEqual(['reference'])
    const { docs } = await cms.payload.find({ collection: 'volunteer-applications', where: { email: { equals: 'amina.forms.en@example.org' } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'spam', spamReason: 'proof of work missing', sentWithoutScript: false })
  })

  it('answers urlencoded from a script (no navigation, no HTML asked) in JSON too', async () => {
    const { status, text, type } = await post('/api/pledges', pledge({ quantity: '0' }), { headers: {} })
    expect(status).toBe(400)
    expect(type).toMatch(/^application\/json/)
    expect(JSON.parse(text)).toEqual({ errors: { quantity: formMessages.en.quantityWhole } })
  })
})

describe('a form posted without script and refused', () => {
  it('goes back (303) to a retry page named by a random token, keeping nothing but the token in the address', async () => {
    const before = await count('donations')
    const { status, location } = await post('/api/donations/checkout', [['locale', 'fr'], ['frequency', 'once'], ['amount', 'other'], ['otherAmount', '2'], ['name', '<script>alert(1)</script>'], ['email', 'nope"><b>'], ['tributeOn', 'on']])
    expect(status).toBe(303)
    expect(location).toMatch(retryAddress)
    expect(await count('donations')).toBe(before)

    const page = await open(location)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('content-security-policy')).toMatch(/form-action 'self' http:\/\/localhost:4321/)
    const html = await page.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain(escaped(formMessage('amountTooSmall', 'fr', { min: formatEuroCents(500, 'fr') })))
    expect(html).toContain(escaped(formMessages.fr.noMarkup))
    expect(html).toContain(escaped(formMessages.fr.email))
    expect(html).toContain(escaped(formMessages.fr.required)) // the tribute's name, asked for once its box is ticked
    // What was typed is back in its fields, as text: no markup of the visitor's reaches the page.
    expect(html).toContain('value="&#60;script&#62;alert(1)&#60;/script&#62;"')
    expect(html).toContain('value="nope&#34;&#62;&#60;b&#62;"')
    expect(html).not.toMatch(/<script|<b>/)
    expect(html).toMatch(/<input type="radio" id="amount-other" name="amount" value="other" checked>/)
    expect(html).toContain('action="/api/donations/checkout?locale=fr"')
    expect(html).toContain(`name="_retry" value="${tokenOf(location)}"`)
  })

  it('shows a pledge again in English, with its errors tied to the fields, the need and what was typed', async () => {
    // Refused by the schema: the markup, the missing consent.
    const { location } = await post('/api/pledges', pledge({ quantity: '2', message: '</textarea><img src=x onerror=alert(1)>', consent: '' }))
    expect(location).toMatch(retryAddress)
    const html = await (await open(location)).text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain(escaped(format(ui('en').needs.formHeading, { name: 'Sleeping bags' })))
    expect(html).toContain(escaped(formMessages.en.noMarkup))
    expect(html).toMatch(new RegExp(`<a href="#pledge-${need}-consent">${escaped(formMessages.en.consentRequired)}</a>`))
    expect(html).toMatch(/id="pledge-\d+-quantity" name="quantity" type="text" value="2"/)
    expect(html).toContain('&#60;/textarea&#62;&#60;img src=x onerror=alert(1)&#62;</textarea>')
    expect(html).not.toContain('<img')

    // Refused by the handler, which counts in the database what is still wanted.
    const tooMany = await (await open((await post('/api/pledges', pledge({ quantity: '5' }))).location)).text()
    expect(tooMany).toContain(escaped(formMessage('quantityTooLarge', 'en', { count: 2 })))
    expect(tooMany).toMatch(/name="quantity" type="text" value="5"[^>]* aria-invalid="true"/)
  })

  it('shows an application again without its CV, asking for the file again', async () => {
    const { location } = await post('/api/volunteer-applications', application('nl', { email: 'not-an-address', hoursPerWeek: '99' }), { cv: pdfDocument() })
    expect(location).toMatch(retryAddress)
    const html = await (await open(location)).text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain(escaped(formMessages.nl.email))
    expect(html).toContain(escaped(formMessages.nl.hours))
    expect(html).toContain('value="not-an-address"')
    expect(html).toContain(escaped(ui('nl').volunteer.form.chooseFileAgain))
    expect(html).toContain('enctype="multipart/form-data"')
    expect(html).not.toContain('cv.pdf')
  })

  it('answers a body it cannot read with a page in the browser’s language at once, keeping nothing', async () => {
    const before = await count('form-retries')
    const { status, type, text } = await post('/api/pledges', pledge({ message: 'x'.repeat(70_000) }), { headers: { ...browser, 'Accept-Language': 'fr-BE,fr;q=0.9' } })
    expect(status).toBe(413)
    expect(type).toBe('text/html; charset=utf-8')
    expect(text).toContain(escaped(formMessages.fr.bodyTooLarge))
    expect(await count('form-retries')).toBe(before)
  })

  it('answers it in the page’s language when the form’s address names it, whatever the browser prefers', async () => {
    const { status, text } = await post('/api/pledges?locale=nl', pledge({ message: 'x'.repeat(70_000) }), { headers: { ...browser, 'Accept-Language': 'fr-BE,fr;q=0.9' } })
    expect(status).toBe(413)
    expect(text).toContain(escaped(formMessages.nl.bodyTooLarge))
  })
})

describe('a retry page', () => {
  const refusedPledge = async () => (await post('/api/pledges', pledge({ quantity: '0' }))).location

  it('opens a few times, then no more', async () => {
    const location = await refusedPledge()
    for (let view = 1; view <= 5; view++) expect((await open(location)).status, `view ${view}`).toBe(200)
    const gone = await open(location)
    expect(gone.status).toBe(404)
    expect(await gone.text()).toContain(escaped(ui('en').formRetry.expiredTitle))
  })

  it('expires after its half hour, and the cleaning job removes what nobody came back to', async () => {
    const location = await refusedPledge()
    await cms.payload.update({ collection: 'form-retries', where: {}, data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    expect((await open(location)).status).toBe(404)
    await refusedPledge()
    await cms.payload.update({ collection: 'form-retries', where: {}, data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    const { purgeExpiredRetries } = await import('../../cms/publicForms/retry/store')
    expect(await purgeExpiredRetries(cms.payload)).toBeGreaterThan(0)
    expect(await count('form-retries')).toBe(0)
  })

  it('is gone once its form is sent again and accepted', async () => {
    const location = await refusedPledge()
    const sentAgain = await post('/api/pledges', [...pledge({ email: 'sam.again@example.be' }), ['_retry', tokenOf(location)]])
    expect(sentAgain.location).toBe('http://localhost:4321/en/material-needs/pledge-received/')
    expect((await open(location)).status).toBe(404)
  })

  it('opens for nothing but its own token, and the kept forms are closed to the API', async () => {
    for (const token of ['x', 'A'.repeat(43), `${'A'.repeat(42)}%3C`]) expect((await fetch(`${api.url}/api/forms/retry/${token}`)).status).toBe(404)
    await refusedPledge()
    const [kept] = (await cms.payload.find({ collection: 'form-retries', limit: 1, overrideAccess: true })).docs
    expect((await fetch(`${api.url}/api/form-retries`)).status).toBe(403)
    expect((await fetch(`${api.url}/api/form-retries/${kept!.id}`)).status).toBe(403)
  })
})

describe('every Location header', () => {
  it('leads only to the payment page, a confirmation page or a retry page, and names nothing the visitor typed', () => {
    expect(locations.length).toBeGreaterThan(8)
    for (const location of locations) {
      expect(location).toMatch(new RegExp(`^(${stripe.url}/demo/checkout/cs_\\w+|http://localhost:4321/(en|fr|nl)/[a-z-]+/[a-z-]+/|${retryAddress.source.slice(1, -1)})$`))
      // The only free part is the random token (or Stripe's session id); the rest is fixed.
      expect(location.replace(/[A-Za-z0-9_-]{20,}$/, '')).not.toMatch(/marie|sam|amina|example|dubois|jones|diallo|%40|@/i)
    }
  })
})
