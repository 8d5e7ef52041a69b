import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { type ConnectedStripe, connectLocalStripe } from './support/localStripe'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Giving end to end on the server: the checkout endpoint against a local Stripe that
 * refuses what Stripe refuses, and its webhooks — re-sent, late, out of order, refunded,
 * failed — with the total against the goal checked after each.
 */
let cms: TestCms
let api: Awaited<ReturnType<typeof serveApi>>
let stripe: ConnectedStripe

const gift = { amountCents: 2500, frequency: 'once', locale: 'fr', name: 'Marie Dubois', email: 'marie@example.be' }

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  api = await serveApi(cms)
  stripe = await connectLocalStripe(api.url)
})
afterAll(async () => {
  await stripe?.disconnect()
  await api?.close()
  await cms?.close()
})

async function checkout(body: unknown) {
  const response = await fetch(`${api.url}/api/donations/checkout`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as { url?: string; errors?: Record<string, string> } }
}

async function progress() {
  const response = await fetch(`${api.url}/api/donations/progress`)
  expect(response.status).toBe(200)
  return (await response.json()) as { goalCents: number; raisedCents: number; donors: number; currency: string; year: number }
}

const sessionIdOf = (url: string) => url.split('/').pop()!

async function emailsWithKey(key: string) {
  return (await cms.payload.count({ collection: 'email-messages', where: { idempotencyKey: { equals: key } }, overrideAccess: true })).totalDocs
}

describe('giving online', () => {
  it('starts with nothing raised against this year’s goal', async () => {
    expect(await progress()).toEqual({ goalCents: 15_000_000, raisedCents: 0, donors: 0, currency: 'EUR', year: new Date().getFullYear() })
  })

  it('answers bad input per field, in the donor’s language, and keeps nothing', async () => {
    const { status, body } = await checkout({ ...gift, amountCents: 100, email: 'nope' })
    expect(status).toBe(400)
    expect(body.errors).toEqual({ amountCents: expect.stringMatching(/au moins 5,00/), email: expect.stringMatching(/adresse e-mail valide/) })
    expect((await cms.payload.count({ collection: 'donations', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('records a one-time gift once, however often Stripe sends the event, and thanks the donor once', async () => {
    const { status, body } = await checkout(gift)
    expect(status).toBe(200)
    expect(body.url).toMatch(new RegExp(`^${stripe.url}/demo/checkout/cs_`))
    const sessionId = sessionIdOf(body.url!)

    const [completed] = await stripe.completeCheckout(sessionId, { outcome: 'paid' })
    expect(await stripe.resend(completed.id)).toBe(true)
    expect(await stripe.resend(completed.id)).toBe(true)

    const { docs } = await cms.payload.find({ collection: 'donations', where: { 'stripe.checkoutSessionId': { equals: sessionId } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ status: 'paid', amountCents: 2500, kind: 'one-time', donorEmail: 'marie@example.be', locale: 'fr' })
    expect(await emailsWithKey(`donation:${docs[0].id}:thank-you`)).toBe(1)
    expect(await progress()).toMatchObject({ raisedCents: 2500, donors: 1 })
  })

  it('refuses a webhook without Stripe’s signature, and changes nothing', async () => {
    const forged = JSON.stringify({ id: 'evt_forged', type: 'charge.refunded', data: { object: { id: 'ch_x', payment_intent: 'pi_x', amount_refunded: 2500 } } })
    for (const signature of [undefined, 't=1,v1=deadbeef']) {
      const response = await fetch(`${api.url}/api/stripe/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(signature ? { 'Stripe-Signature': signature } : {}) }, body: forged })
      expect(response.status).toBe(400)
    }
    expect(await progress()).toMatchObject({ raisedCents: 2500 })
  })

  it('adds the payment costs when the donor chose to cover them', async () => {
    const { body } = await checkout({ ...gift, amountCents: 5000, coverFees: true, email: 'covers@example.be' })
    await stripe.completeCheckout(sessionIdOf(body.url!), { outcome: 'paid' })
    expect(await progress()).toMatchObject({ raisedCents: 2500 + 5100, donors: 2 })
  })

  it('counts a bank debit only once it has settled, and never a failed one', async () => {
    const settles = await checkout({ ...gift, amountCents: 1000, email: 'debit@example.be' })
    const fails = await checkout({ ...gift, amountCents: 7000, email: 'bounce@example.be' })
    await stripe.completeCheckout(sessionIdOf(settles.body.url!), { outcome: 'async_pending' })
    await stripe.completeCheckout(sessionIdOf(fails.body.url!), { outcome: 'async_pending' })
    expect(await progress()).toMatchObject({ raisedCents: 7600 })
    await stripe.settleAsync(sessionIdOf(settles.body.url!), true)
    await stripe.settleAsync(sessionIdOf(fails.body.url!), false)
    expect(await progress()).toMatchObject({ raisedCents: 8600, donors: 3 })
    const failed = await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'bounce@example.be' } }, overrideAccess: true })
    expect(failed.docs[0].status).toBe('failed')
  })

  it('takes a refund off the total, whether partial or whole', async () => {
    const { docs } = await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'covers@example.be' } }, overrideAccess: true })
    const paymentIntent = docs[0].stripe!.paymentIntentId!
    await stripe.refund(paymentIntent, 1000)
    expect(await progress()).toMatchObject({ raisedCents: 7600 })
    await stripe.refund(paymentIntent)
    expect(await progress()).toMatchObject({ raisedCents: 3500, donors: 2 })
    const refunded = await cms.payload.findByID({ collection: 'donations', id: docs[0].id, overrideAccess: true })
    expect(refunded).toMatchObject({ status: 'refunded', refundedCents: 5100 })
  })
})

describe('giving monthly', () => {
  it('creates the Checkout Session in subscription mode, and handles the first invoice arriving before the checkout', async () => {
    const { status, body } = await checkout({ ...gift, frequency: 'monthly', amountCents: 1500, email: 'jan@example.be', locale: 'nl' })
    expect(status).toBe(200)
    const sessionId = sessionIdOf(body.url!)
    stripe.setAutoDeliver(false)
    const events = await stripe.completeCheckout(sessionId, { outcome: 'paid' })
    stripe.setAutoDeliver(true)
    expect(events.map((e) => e.type)).toEqual(['checkout.session.completed', 'invoice.paid'])
    for (const event of [...events].reverse()) expect(await stripe.resend(event.id)).toBe(true)
    for (const event of events) expect(await stripe.resend(event.id)).toBe(true)

    const gifts = await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: 'jan@example.be' } }, overrideAccess: true })
    expect(gifts.docs).toHaveLength(1)
    expect(gifts.docs[0]).toMatchObject({ status: 'active', amountCents: 1500, locale: 'nl' })
    const payments = await cms.payload.find({ collection: 'donations', where: { donorEmail: { equals: 'jan@example.be' } }, overrideAccess: true })
    expect(payments.docs).toHaveLength(1)
    expect(payments.docs[0]).toMatchObject({ kind: 'monthly', status: 'paid', amountCents: 1500 })
    expect(await emailsWithKey(`monthly-gift:${gifts.docs[0].id}:welcome`)).toBe(1)
    expect(await progress()).toMatchObject({ raisedCents: 5000, donors: 3 })
  })

  it('records each later month, warns the donor of a failed payment, and ends the gift when stopped', async () => {
    const [giftDoc] = (await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: 'jan@example.be' } }, overrideAccess: true })).docs
    const subscriptionId = giftDoc.stripe!.subscriptionId!
    await stripe.payNextInvoice(subscriptionId)
    expect(await progress()).toMatchObject({ raisedCents: 6500, donors: 3 })

    const [failed] = await stripe.failNextInvoice(subscriptionId)
    const invoiceId = (failed.data.object as { id: string }).id
    expect(await emailsWithKey(`invoice:${invoiceId}:failed`)).toBe(1)
    expect((await cms.payload.findByID({ collection: 'monthly-gifts', id: giftDoc.id, overrideAccess: true })).status).toBe('past-due')

    await stripe.cancelSubscription(subscriptionId)
    const ended = await cms.payload.findByID({ collection: 'monthly-gifts', id: giftDoc.id, overrideAccess: true })
    expect(ended.status).toBe('cancelled')
    expect(await progress()).toMatchObject({ raisedCents: 6500 })
  })

  it('opens the customer portal only from a correctly signed link', async () => {
    const [giftDoc] = (await cms.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { equals: 'jan@example.be' } }, overrideAccess: true })).docs
    const { portalLinkFor } = await import('../../cms/payments/portalLink')
    const link = new URL(portalLinkFor(giftDoc.id))
    const good = await fetch(`${api.url}${link.pathname}${link.search}`, { redirect: 'manual' })
    expect(good.status).toBe(303)
    expect(good.headers.get('location')).toMatch(new RegExp(`^${stripe.url}/demo/portal/`))
    link.searchParams.set('gift', String(Number(giftDoc.id) + 1))
    const forged = await fetch(`${api.url}${link.pathname}${link.search}`, { redirect: 'manual' })
    expect(forged.status).toBe(403)
  })
})

describe('the bookkeeper’s export', () => {
  it('lists every gift as CSV for finance, and for nobody else', async () => {
    await cms.payload.create({ collection: 'users', data: { email: 'books@example.com', password: 'export-password-1', name: 'Books', roles: ['finance'] }, overrideAccess: true })
    await cms.payload.create({ collection: 'users', data: { email: 'comms@example.com', password: 'export-password-1', name: 'Comms', roles: ['communication-officer'] }, overrideAccess: true })
    const tokenOf = async (email: string) => {
      const response = await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'export-password-1' }) })
      return ((await response.json()) as { token: string }).token
    }
    const finance = await fetch(`${api.url}/api/donations/export.csv`, { headers: { Authorization: `JWT ${await tokenOf('books@example.com')}` } })
    expect(finance.status).toBe(200)
    const csv = await finance.text()
    expect(csv.split('\r\n')[0]).toMatch(/^reference,received_at,kind,status,source,amount_eur/)
    expect(csv).toContain('marie@example.be')
    expect(csv).toContain('jan@example.be')
    expect(csv).not.toMatch(/,open,/)
    expect((await fetch(`${api.url}/api/donations/export.csv`)).status).toBe(403)
    const comms = await fetch(`${api.url}/api/donations/export.csv`, { headers: { Authorization: `JWT ${await tokenOf('comms@example.com')}` } })
    expect(comms.status).toBe(403)
  })
})

describe('gifts recorded by hand', () => {
  it('count toward the goal: a bank transfer the bookkeeper enters', async () => {
    await cms.payload.create({
      collection: 'donations',
      data: { source: 'offline', kind: 'bank-transfer', status: 'paid', amountCents: 20_000, receivedAt: new Date().toISOString(), donorName: 'Parish of Sint-Jan', structuredCommunication: '+++123/4567/89002+++' },
      overrideAccess: true,
    })
    expect(await progress()).toMatchObject({ raisedCents: 26_500, donors: 4 })
  })
})
