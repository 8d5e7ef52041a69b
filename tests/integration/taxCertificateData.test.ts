import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, everyone, graphqlRefused, type Who } from './support/apiClient'
import { serveApi } from './support/api'
import { type ConnectedStripe, connectLocalStripe } from './support/localStripe'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * What a tax certificate needs, from the donate page to the recorded gift: asked for only
 * while the organisation is approved for the year, checked on the server, the national
 * register number sealed in the database (the raw row holds no number), opened for finance
 * and administrators only, carried by the webhook's gift, and re-sealed by the rotation.
 */
const timeout = 120_000
let cms: TestCms
let server: Awaited<ReturnType<typeof serveApi>>
let stripe: ConnectedStripe
let api: ApiClient
let visitor = 0
// The gifts made below, which the rotation then re-seals.
let oneTime: number
let monthly: number
let monthlyPayment: number
let withoutScript: number
// Imported once startTestCms has set the environment: cms/env.ts reads DATABASE_URL when first imported.
let revealNationalRegisterNumber: typeof import('../../cms/fields/encryptedNationalRegisterNumber').revealNationalRegisterNumber
let rotateTaxData: typeof import('../../scripts/taxDataRotation').rotateTaxData

const keyEntry = (id: string) => `${id}:${randomBytes(32).toString('base64')}`
const firstKey = keyEntry('first')
const secondKey = keyEntry('second')
const thirdKey = keyEntry('third')

/** 30 July 1985, serial 033: the 1900 rule. And someone born on 4 March 2001 (the 2000 rule). */
const typed = '85.07.30-033.28'
const digits = '85073003328'
const born2001 = '01030400246'
const address = { street: 'Rue Maurice Liétart 31', postalCode: '1150', city: 'Sint-Pieters-Woluwe' }
const gift = { amountCents: 5000, frequency: 'once', locale: 'fr', name: 'Marie Dubois', email: 'marie@example.be' }
const financeOrAdmin = (who: Who) => who === 'finance' || who === 'administrator'

beforeAll(async () => {
  process.env.TAX_DATA_KEYS = firstKey
  cms = await startTestCms()
  ;({ revealNationalRegisterNumber } = await import('../../cms/fields/encryptedNationalRegisterNumber'))
  ;({ rotateTaxData } = await import('../../scripts/taxDataRotation'))
  const { loadProfile } = await import('../../cms/seed/profiles')
  const { seedProfile } = await import('../../cms/seed/run')
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  server = await serveApi(cms)
  stripe = await connectLocalStripe(server.url)
  process.env.TRUSTED_PROXIES = 'loopback'
  api = new ApiClient(server.url)
  const { payload } = cms
  // The seed made local staff accounts already: one per role, with a password of the test's own.
  await api.signIn(async (role, email, password) => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
    if (docs[0]) return (await payload.update({ collection: 'users', id: docs[0].id, data: { password, roles: [role] }, overrideAccess: true })).id as number
    return (await payload.create({ collection: 'users', data: { email, password, name: role, roles: [role] }, overrideAccess: true })).id as number
  })
}, 180_000)
afterAll(async () => {
  delete process.env.TAX_DATA_KEYS
  await stripe?.disconnect()
  await server?.close()
  await cms?.close()
})

async function checkout(body: unknown) {
  const response = await fetch(`${server.url}/api/donations/checkout`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.11.0.${++visitor}` }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as { url?: string; errors?: Record<string, string> } }
}

const sessionIdOf = (url: string) => url.split('/').pop()!

async function approve(approved: boolean) {
  const year = new Date().getFullYear()
  await cms.payload.updateGlobal({ slug: 'tax-certificate-settings', data: { approved, approvedFrom: year - 1, approvedUntil: year + 1, reductionRates: [{ year, percent: 30 }], minimumCents: 4000 } as never, overrideAccess: true })
}

/** Every column of the row as the database holds it, past Payload's hooks. */
async function rawRow(table: 'donations' | 'monthly_gifts', id: number | string): Promise<Record<string, unknown>> {
  const { drizzle, tables } = cms.payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const rows = await drizzle.select().from(tables[table]).where(sql`${tables[table].id} = ${id}`)
  expect(rows).toHaveLength(1)
  return rows[0]
}

/** The sealed values of a row; none of the number's digits in any column. */
async function sealedIn(table: 'donations' | 'monthly_gifts', id: number | string): Promise<string[]> {
  const row = JSON.stringify(await rawRow(table, id))
  for (const number of [digits, typed, born2001, '850730', '033.28']) expect(row, `${table} ${id}`).not.toContain(number)
  return row.match(/enc1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+/g) ?? []
}

async function donationsCount() {
  return (await cms.payload.count({ collection: 'donations', overrideAccess: true })).totalDocs
}

describe('certificate data on the donate page, checked by the server', () => {
  it('is refused with its own message while the organisation is not approved for the year', { timeout }, async () => {
    await approve(false)
    const before = await donationsCount()
    const { status, body } = await checkout({ ...gift, taxCertificate: { nationalRegisterNumber: typed, ...address } })
    expect(status).toBe(400)
    expect(body.errors).toEqual({ taxCertificate: 'Nous ne pouvons pas délivrer d’attestation fiscale pour les dons de cette année. Votre don reste le bienvenu sans attestation.' })
    expect(await donationsCount()).toBe(before)
  })

  it('refuses a wrong number with a message that says what is wrong, in the donor’s language', { timeout }, async () => {
    await approve(true)
    const before = await donationsCount()
    const cases: [string, 'nl' | 'fr' | 'en', RegExp][] = [
      ['85.07.30-033.29', 'nl', /^Dit rijksregisternummer klopt niet/],
      ['85.07.30-033', 'en', /^Enter the 11 digits/],
      ['85023100192', 'fr', /pas une date de naissance possible/], // 31 February
      ['', 'en', /^Please fill in this field/],
    ]
    for (const [nationalRegisterNumber, locale, message] of cases) {
      const { status, body } = await checkout({ ...gift, locale, taxCertificate: { nationalRegisterNumber, ...address } })
      expect(status, nationalRegisterNumber).toBe(400)
      expect(body.errors?.['taxCertificate.nationalRegisterNumber'], nationalRegisterNumber).toMatch(message)
    }
    const { body } = await checkout({ ...gift, taxCertificate: { nationalRegisterNumber: digits, street: '', postalCode: '75001 Paris', city: 'Paris' } })
    expect(Object.keys(body.errors ?? {}).sort()).toEqual(['taxCertificate.postalCode', 'taxCertificate.street'])
    expect(await donationsCount()).toBe(before)
  })
})

describe('the national register number at rest', () => {
  it('is stored sealed on the pending gift, and the paid gift keeps it', { timeout }, async () => {
    const { status, body } = await checkout({ ...gift, taxCertificate: { nationalRegisterNumber: typed, ...address } })
    expect(status, JSON.stringify(body)).toBe(200)
    const sessionId = sessionIdOf(body.url!)
    const pending = await cms.payload.find({ collection: 'donations', where: { 'stripe.checkoutSessionId': { equals: sessionId } }, overrideAccess: true })
    oneTime = pending.docs[0]!.id as number
    expect(await sealedIn('donations', oneTime)).toHaveLength(1)

    await stripe.completeCheckout(sessionId, { outcome: 'paid' })
    const paid = await cms.payload.findByID({ collection: 'donations', id: oneTime, overrideAccess: true })
    expect(paid.status).toBe('paid')
    // Code without a finance user gets the sealed value, which only the server's key opens.
    expect(paid.taxCertificate).toMatchObject({ requested: true, ...address, nationalRegisterNumber: expect.stringMatching(/^enc1:first:/) })
    expect(revealNationalRegisterNumber(paid.taxCertificate!.nationalRegisterNumber)).toBe(digits)
    expect(await sealedIn('donations', oneTime)).toHaveLength(1)
  })

  it('is carried, still sealed, from a monthly gift to each payment the webhook records', { timeout }, async () => {
    const { body } = await checkout({ ...gift, frequency: 'monthly', amountCents: 1500, email: 'jan@example.be', locale: 'nl', taxCertificate: { nationalRegisterNumber: born2001, ...address } })
    const sessionId = sessionIdOf(body.url!)
    await stripe.completeCheckout(sessionId, { outcome: 'paid' })
    const gifts = await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: 'jan@example.be' } }, overrideAccess: true })
    monthly = gifts.docs[0]!.id as number
    expect(gifts.docs[0]!.status).toBe('active')
    const payments = await cms.payload.find({ collection: 'donations', where: { and: [{ donorEmail: { equals: 'jan@example.be' } }, { kind: { equals: 'monthly' } }] }, overrideAccess: true })
    expect(payments.docs).toHaveLength(1)
    monthlyPayment = payments.docs[0]!.id as number
    expect(await sealedIn('monthly_gifts', monthly)).toHaveLength(1)
    expect(await sealedIn('donations', monthlyPayment)).toHaveLength(1)
    expect(revealNationalRegisterNumber(payments.docs[0]!.taxCertificate?.nationalRegisterNumber)).toBe(born2001)
    expect(payments.docs[0]!.taxCertificate).toMatchObject({ requested: true, ...address })
  })

  it('is sealed the same when the form is posted without script', { timeout }, async () => {
    const form = new URLSearchParams({ amount: 'other', otherAmount: '40', frequency: 'once', locale: 'en', name: 'Sam Peeters', email: 'sam@example.be', taxOn: 'on', nationalRegisterNumber: typed, ...address, certificateLanguage: 'fr' })
    const response = await fetch(`${server.url}/api/donations/checkout`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { Accept: 'text/html', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document', 'X-Forwarded-For': `10.11.1.${++visitor}` },
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(new RegExp(`^${stripe.url}/demo/checkout/cs_`))
    const { docs } = await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'sam@example.be' } }, overrideAccess: true })
    withoutScript = docs[0]!.id as number
    expect(await sealedIn('donations', withoutScript)).toHaveLength(1)
    expect(revealNationalRegisterNumber(docs[0]!.taxCertificate?.nationalRegisterNumber)).toBe(digits)
    // The certificate's language, chosen on the English page, is kept with the request.
    expect(docs[0]!.taxCertificate?.certificateLanguage).toBe('fr')
  })

  it('is read by finance and administrators, through REST and GraphQL, and by nobody else', { timeout }, async () => {
    for (const who of everyone) {
      const [one, gifts, graph] = await Promise.all([
        api.rest(who, 'GET', `/api/donations/${oneTime}`),
        api.rest(who, 'GET', `/api/monthly-gifts/${monthly}`),
        api.graphql(who, `{ Donation(id: ${monthlyPayment}) { taxCertificate { nationalRegisterNumber street } } MonthlyGift(id: ${monthly}) { taxCertificate { nationalRegisterNumber } } }`),
      ])
      if (financeOrAdmin(who)) {
        // The French page's own language, preselected for the certificate.
        expect(one.body.taxCertificate, who).toEqual({ requested: true, nationalRegisterNumber: digits, ...address, certificateLanguage: 'fr' })
        expect(gifts.body.taxCertificate.nationalRegisterNumber, who).toBe(born2001)
        expect(graph.data?.Donation.taxCertificate, who).toEqual({ nationalRegisterNumber: born2001, street: address.street })
        expect(graph.data?.MonthlyGift.taxCertificate.nationalRegisterNumber, who).toBe(born2001)
      } else {
        for (const result of [one, gifts]) expect([401, 403], `${who}: ${result.status}`).toContain(result.status)
        expect(graphqlRefused(graph), who).toBe(true)
      }
      // Nobody ever receives the sealed form either.
      expect(JSON.stringify([one.body, gifts.body, graph]), who).not.toMatch(/enc1:/)
      if (!financeOrAdmin(who)) expect(JSON.stringify([one.body, gifts.body, graph]), who).not.toContain(born2001)
    }
  })

  it('is sealed again when finance corrects it, and a sealed value from elsewhere is refused', { timeout }, async () => {
    const corrected = await api.rest('finance', 'PATCH', `/api/donations/${withoutScript}`, { taxCertificate: { requested: true, nationalRegisterNumber: born2001, ...address } })
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200)
    expect(corrected.body.doc.taxCertificate.nationalRegisterNumber).toBe(born2001)
    expect(await sealedIn('donations', withoutScript)).toHaveLength(1)

    // A value that looks sealed but no key of ours opens (made up, or from another site).
    const foreign = `enc1:first:${randomBytes(12).toString('base64url')}:${randomBytes(24).toString('base64url')}`
    const refused = await api.rest('finance', 'PATCH', `/api/donations/${withoutScript}`, { taxCertificate: { requested: true, nationalRegisterNumber: foreign, ...address } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/no key of this site opens it/)
    expect((await api.rest('finance', 'GET', `/api/donations/${withoutScript}`)).body.taxCertificate.nationalRegisterNumber).toBe(born2001)
  })
})

describe('rotating the tax-data key', () => {
  it('re-seals every stored number with the first key, so the old key can go', { timeout }, async () => {
    // A number stored before encryption existed, written past the hooks: the rotation seals it too.
    const legacy = await cms.payload.create({ collection: 'donations', data: { amountCents: 4000, kind: 'bank-transfer', donorName: 'Old Record' } as never, overrideAccess: true })
    const { drizzle, tables } = cms.payload.db as unknown as { drizzle: any; tables: Record<string, any> }
    const column = Object.keys(tables.donations).find((name) => /nationalregisternumber/i.test(name))!
    await drizzle.update(tables.donations).set({ [column]: typed }).where(sql`${tables.donations.id} = ${legacy.id}`)
    expect(JSON.stringify(await rawRow('donations', legacy.id))).toContain(typed)

    process.env.TAX_DATA_KEYS = `${secondKey}, ${firstKey}`
    const report = await rotateTaxData(cms.payload)
    expect(report).toEqual({ resealed: 5, current: 0, unreadable: [] })
    for (const [table, id] of [['donations', oneTime], ['monthly_gifts', monthly], ['donations', monthlyPayment], ['donations', withoutScript], ['donations', legacy.id]] as const) {
      const sealed = await sealedIn(table, id)
      expect(sealed, `${table} ${id}`).toHaveLength(1)
      expect(sealed[0]).toMatch(/^enc1:second:/)
    }
    // Run again: nothing left to do.
    expect(await rotateTaxData(cms.payload)).toEqual({ resealed: 0, current: 5, unreadable: [] })

    // The first key removed: everything still opens for finance.
    process.env.TAX_DATA_KEYS = secondKey
    expect((await api.rest('finance', 'GET', `/api/donations/${oneTime}`)).body.taxCertificate.nationalRegisterNumber).toBe(digits)
    expect((await api.rest('administrator', 'GET', `/api/monthly-gifts/${monthly}`)).body.taxCertificate.nationalRegisterNumber).toBe(born2001)
    expect((await api.rest('finance', 'GET', `/api/donations/${legacy.id}`)).body.taxCertificate.nationalRegisterNumber).toBe(typed)
  })

  it('is what `npm run tax-data:rotate` does, and it names what no key opens', { timeout: 300_000 }, async () => {
    // Not spawnSync: the test's own server must keep answering meanwhile.
    const run = (keys: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn('npx', ['tsx', 'scripts/rotate-tax-data.ts'], { env: { ...process.env, ...cms.env, TAX_DATA_KEYS: keys }, stdio: ['ignore', 'pipe', 'pipe'] })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (chunk) => (stdout += chunk))
        child.stderr.on('data', (chunk) => (stderr += chunk))
        child.on('error', reject)
        child.on('close', (status) => resolve({ status, stdout, stderr }))
      })
    const rotated = await run(`${thirdKey},${secondKey}`)
    expect(rotated.status, rotated.stdout + rotated.stderr).toBe(0)
    expect(rotated.stdout).toContain('Tax data under the key "third": 5 re-encrypted, 0 already were.')
    process.env.TAX_DATA_KEYS = thirdKey
    expect((await sealedIn('donations', oneTime))[0]).toMatch(/^enc1:third:/)
    expect((await api.rest('finance', 'GET', `/api/donations/${oneTime}`)).body.taxCertificate.nationalRegisterNumber).toBe(digits)

    // Without the key that sealed them: reported, exit code 1, nothing changed.
    const lost = await run(keyEntry('fourth'))
    expect(lost.status).toBe(1)
    expect(lost.stderr).toContain('5 values could not be opened')
    expect((await sealedIn('donations', oneTime))[0]).toMatch(/^enc1:third:/)
  })
})
