import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type LocalStripe, startLocalStripe } from '../../scripts/local-stripe/server'

/**
 * The local Stripe-compatible server, driven by the official SDK exactly as the app drives it,
 * with a real webhook endpoint on another port that checks what arrives.
 */

const webhookSecret = 'whsec_test_local_stripe'

interface Received {
  payload: string
  signature: string
}

let localStripe: LocalStripe
let stripe: Stripe
let receiver: Server
const received: Received[] = []
/** How many of the next deliveries the endpoint refuses with 500, to exercise Stripe's retries. */
let refuseNext = 0

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (refuseNext > 0) {
        refuseNext -= 1
        response.writeHead(500).end()
        return
      }
      received.push({ payload: Buffer.concat(chunks).toString('utf8'), signature: String(request.headers['stripe-signature']) })
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/stripe/webhook`
  localStripe = await startLocalStripe({ webhookUrl, webhookSecret, retryDelaysMs: [10, 10, 10] })
  stripe = new Stripe('sk_test_local', { host: 'localhost', port: localStripe.port, protocol: 'http' })
})

afterAll(async () => {
  await localStripe?.close()
  await new Promise((resolve) => receiver?.close(resolve))
})

beforeEach(() => {
  received.length = 0
  refuseNext = 0
  localStripe.setAutoDeliver(true)
})

const product = { currency: 'eur', unit_amount: 2500, product_data: { name: 'Gift to JRS Belgium' } }

function oneTime(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    submit_type: 'donate',
    line_items: [{ price_data: product, quantity: 1 }],
    payment_intent_data: { metadata: { recordId: 'don-1' } },
    customer_email: 'ana@example.org',
    locale: 'nl',
    success_url: 'http://localhost:3000/nl/bedankt?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://localhost:3000/nl/doneer',
    client_reference_id: 'don-1',
    metadata: { recordId: 'don-1' },
    ...overrides,
  }
}

function monthly(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'subscription',
    line_items: [{ price_data: { ...product, recurring: { interval: 'month' } }, quantity: 1 }],
    subscription_data: { metadata: { recordId: 'gift-7' } },
    customer_email: 'bram@example.org',
    locale: 'fr',
    success_url: 'http://localhost:3000/fr/merci?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://localhost:3000/fr/donner',
    metadata: { recordId: 'gift-7' },
    ...overrides,
  }
}

/** What the app's webhook endpoint does: verify the signature on the raw body, then trust the event. */
function verified(delivery: Received, secret = webhookSecret): Stripe.Event {
  return stripe.webhooks.constructEvent(delivery.payload, delivery.signature, secret)
}

function receivedEvents(): Stripe.Event[] {
  return received.map((delivery) => verified(delivery))
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the request was accepted'),
    (error: unknown) => error,
  )
}

describe('Checkout Sessions through the SDK', () => {
  it('creates a one-time donation session and retrieves it', async () => {
    const session = await stripe.checkout.sessions.create(oneTime())
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      submit_type: 'donate',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 2500,
      currency: 'eur',
      locale: 'nl',
      customer_email: 'ana@example.org',
      client_reference_id: 'don-1',
      metadata: { recordId: 'don-1' },
      url: `http://localhost:${localStripe.port}/demo/checkout/${session.id}`,
    })
    expect(session.id).toMatch(/^cs_test_/)
    expect(await stripe.checkout.sessions.retrieve(session.id)).toEqual(session)
  })

  it('creates a monthly session in subscription mode', async () => {
    const session = await stripe.checkout.sessions.create(monthly())
    expect(session).toMatchObject({ mode: 'subscription', status: 'open', payment_status: 'unpaid', amount_total: 2500, submit_type: null, locale: 'fr' })
  })

  const invalid: Array<[string, Stripe.Checkout.SessionCreateParams, string]> = [
    ['no mode', { ...oneTime(), mode: undefined } as unknown as Stripe.Checkout.SessionCreateParams, 'mode'],
    ['an unknown mode', oneTime({ mode: 'donation' as Stripe.Checkout.SessionCreateParams.Mode }), 'mode'],
    ['no line items', oneTime({ line_items: undefined }), 'line_items'],
    ['less than EUR 0.50', oneTime({ line_items: [{ price_data: { ...product, unit_amount: 49 }, quantity: 1 }] }), 'line_items[0][price_data][unit_amount]'],
    ['a fractional amount', oneTime({ line_items: [{ price_data: { ...product, unit_amount: 25.5 }, quantity: 1 }] }), 'line_items[0][price_data][unit_amount]'],
    ['an unknown currency', oneTime({ line_items: [{ price_data: { ...product, currency: 'xyz' }, quantity: 1 }] }), 'line_items[0][price_data][currency]'],
    ['no quantity', oneTime({ line_items: [{ price_data: product }] }), 'line_items[0][quantity]'],
    ['a recurring price in payment mode', oneTime({ line_items: [{ price_data: { ...product, recurring: { interval: 'month' } }, quantity: 1 }] }), 'line_items[0][price_data][recurring]'],
    ['no recurring price in subscription mode', monthly({ line_items: [{ price_data: product, quantity: 1 }] }), 'line_items'],
    ['submit_type donate in subscription mode', monthly({ submit_type: 'donate' }), 'submit_type'],
    ['payment_intent_data in subscription mode', monthly({ payment_intent_data: { metadata: { a: 'b' } } }), 'payment_intent_data'],
    ['subscription_data in payment mode', oneTime({ subscription_data: { metadata: { a: 'b' } } }), 'subscription_data'],
    ['no success URL', oneTime({ success_url: undefined }), 'success_url'],
    ['an invalid success URL', oneTime({ success_url: 'not a url' }), 'success_url'],
    ['a cancel URL that is not http', oneTime({ cancel_url: 'javascript:alert(1)' }), 'cancel_url'],
    ['an invalid email', oneTime({ customer_email: 'ana at example' }), 'customer_email'],
    ['an unknown locale', oneTime({ locale: 'xx' as Stripe.Checkout.SessionCreateParams.Locale }), 'locale'],
    ['an unknown parameter', { ...oneTime(), donor_name: 'Ana' } as Stripe.Checkout.SessionCreateParams, 'donor_name'],
    [
      'an unknown nested parameter',
      oneTime({ line_items: [{ price_data: { ...product, product_data: { name: 'Gift', colour: 'red' } as Stripe.Checkout.SessionCreateParams.LineItem.PriceData.ProductData }, quantity: 1 }] }),
      'line_items[0][price_data][product_data][colour]',
    ],
  ]

  it.each(invalid)('refuses %s like Stripe, naming the parameter', async (_, params, param) => {
    const error = await rejection(stripe.checkout.sessions.create(params))
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param })
  })

  it('refuses a request without a test secret key', async () => {
    const live = new Stripe('sk_live_not_here', { host: 'localhost', port: localStripe.port, protocol: 'http' })
    const error = await rejection(live.checkout.sessions.create(oneTime()))
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    const response = await fetch(`${localStripe.url}/v1/checkout/sessions`, { method: 'POST' })
    expect(response.status).toBe(401)
  })

  it('answers a repeated idempotency key with the first result, and refuses it for other parameters', async () => {
    const first = await stripe.checkout.sessions.create(oneTime(), { idempotencyKey: 'checkout:donations:1' })
    const again = await stripe.checkout.sessions.create(oneTime(), { idempotencyKey: 'checkout:donations:1' })
    expect(again.id).toBe(first.id)
    const other = await stripe.checkout.sessions.create(oneTime(), { idempotencyKey: 'checkout:donations:2' })
    expect(other.id).not.toBe(first.id)
    const error = await rejection(stripe.checkout.sessions.create(oneTime({ customer_email: 'other@example.org' }), { idempotencyKey: 'checkout:donations:1' }))
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
  })

  it('answers an unknown id with resource_missing', async () => {
    const error = await rejection(stripe.checkout.sessions.retrieve('cs_test_unknown'))
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing' })
  })
})

describe('webhook events', () => {
  it('signs one-time payments as Stripe does, so only the right secret verifies them', async () => {
    const session = await stripe.checkout.sessions.create(oneTime())
    await localStripe.completeCheckout(session.id, { outcome: 'paid', name: 'Ana Peeters' })

    expect(received).toHaveLength(1)
    expect(received[0].signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(() => verified(received[0], 'whsec_wrong')).toThrow(Stripe.errors.StripeSignatureVerificationError)
    expect(() => stripe.webhooks.constructEvent(received[0].payload.replace('2500', '2501'), received[0].signature, webhookSecret)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
    const event = verified(received[0])
    expect(event).toMatchObject({ object: 'event', type: 'checkout.session.completed', livemode: false, api_version: Stripe.API_VERSION })
    expect(event.id).toMatch(/^evt_/)
    const completed = event.data.object as Stripe.Checkout.Session
    expect(completed).toMatchObject({
      id: session.id,
      status: 'complete',
      payment_status: 'paid',
      amount_total: 2500,
      metadata: { recordId: 'don-1' },
      customer_details: { email: 'ana@example.org', name: 'Ana Peeters' },
    })
    expect(completed.payment_intent).toMatch(/^pi_/)
    const paymentIntent = await stripe.paymentIntents.retrieve(String(completed.payment_intent))
    expect(paymentIntent).toMatchObject({ status: 'succeeded', amount_received: 2500, metadata: { recordId: 'don-1' } })
    expect(localStripe.events().map((recorded) => recorded.id)).toContain(event.id)
  })

  it('delivers checkout.session.completed then invoice.paid for a monthly gift, and the later invoices', async () => {
    const session = await stripe.checkout.sessions.create(monthly())
    await localStripe.completeCheckout(session.id, { outcome: 'paid', name: 'Bram Dubois' })
    const [completedEvent, paidEvent] = receivedEvents()
    expect([completedEvent.type, paidEvent.type]).toEqual(['checkout.session.completed', 'invoice.paid'])
    const completed = completedEvent.data.object as Stripe.Checkout.Session
    expect(completed).toMatchObject({ mode: 'subscription', payment_status: 'paid', customer_details: { email: 'bram@example.org', name: 'Bram Dubois' } })
    const subscriptionId = String(completed.subscription)
    expect(subscriptionId).toMatch(/^sub_/)

    const firstInvoice = paidEvent.data.object as Stripe.Invoice
    expect(firstInvoice).toMatchObject({ billing_reason: 'subscription_create', status: 'paid', amount_paid: 2500, customer: completed.customer, customer_email: 'bram@example.org' })
    expect(firstInvoice.parent?.subscription_details).toMatchObject({ subscription: subscriptionId, metadata: { recordId: 'gift-7' } })
    expect(firstInvoice.payments).toBeUndefined()
    const expanded = await stripe.invoices.retrieve(firstInvoice.id, { expand: ['payments'] })
    expect(expanded.payments?.data[0].payment.payment_intent).toMatch(/^pi_/)
    const listed = await stripe.invoicePayments.list({ invoice: firstInvoice.id })
    expect(listed.data.map((payment) => payment.payment.payment_intent)).toEqual([expanded.payments?.data[0].payment.payment_intent])

    const subscription = await stripe.subscriptions.retrieve(subscriptionId)
    expect(subscription).toMatchObject({ status: 'active', customer: completed.customer, metadata: { recordId: 'gift-7' } })
    expect(subscription.items.data[0].price).toMatchObject({ unit_amount: 2500, recurring: { interval: 'month' } })

    received.length = 0
    await localStripe.payNextInvoice(subscriptionId)
    const cycle = receivedEvents()[0]
    expect(cycle.type).toBe('invoice.paid')
    expect(cycle.data.object).toMatchObject({ billing_reason: 'subscription_cycle', amount_paid: 2500 })
    expect((cycle.data.object as Stripe.Invoice).id).not.toBe(firstInvoice.id)

    received.length = 0
    await localStripe.failNextInvoice(subscriptionId)
    const failed = receivedEvents()[0]
    expect(failed.type).toBe('invoice.payment_failed')
    expect(failed.data.object).toMatchObject({ billing_reason: 'subscription_cycle', status: 'open', amount_paid: 0, amount_due: 2500 })
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('past_due')

    received.length = 0
    const canceled = await stripe.subscriptions.cancel(subscriptionId)
    expect(canceled.status).toBe('canceled')
    await until(() => received.length === 1, 'customer.subscription.deleted')
    const deleted = receivedEvents()[0]
    expect(deleted.type).toBe('customer.subscription.deleted')
    expect(deleted.data.object).toMatchObject({ id: subscriptionId, status: 'canceled', metadata: { recordId: 'gift-7' } })
  })

  it('settles a bank debit later, as succeeded or failed', async () => {
    const settling = await stripe.checkout.sessions.create(oneTime())
    await localStripe.completeCheckout(settling.id, { outcome: 'async_pending' })
    const pending = receivedEvents()[0].data.object as Stripe.Checkout.Session
    expect(pending).toMatchObject({ status: 'complete', payment_status: 'unpaid' })
    expect((await stripe.paymentIntents.retrieve(String(pending.payment_intent))).status).toBe('processing')

    await localStripe.settleAsync(settling.id, true)
    const succeeded = receivedEvents()[1]
    expect(succeeded.type).toBe('checkout.session.async_payment_succeeded')
    expect(succeeded.data.object).toMatchObject({ id: settling.id, payment_status: 'paid' })

    const bouncing = await stripe.checkout.sessions.create(oneTime())
    await localStripe.completeCheckout(bouncing.id, { outcome: 'async_pending' })
    await localStripe.settleAsync(bouncing.id, false)
    const failed = receivedEvents()[3]
    expect(failed.type).toBe('checkout.session.async_payment_failed')
    expect(failed.data.object).toMatchObject({ id: bouncing.id, payment_status: 'unpaid' })
    await expect(localStripe.settleAsync(bouncing.id, true)).rejects.toThrow(/no payment waiting/)
  })

  it('refunds part, then the rest, of a payment', async () => {
    const session = await stripe.checkout.sessions.create(oneTime())
    await localStripe.completeCheckout(session.id, { outcome: 'paid' })
    const paymentIntentId = String((receivedEvents()[0].data.object as Stripe.Checkout.Session).payment_intent)

    await localStripe.refund(paymentIntentId, 1000)
    const partial = receivedEvents()[1]
    expect(partial.type).toBe('charge.refunded')
    expect(partial.data.object).toMatchObject({ payment_intent: paymentIntentId, amount: 2500, amount_refunded: 1000, refunded: false })

    await expect(localStripe.refund(paymentIntentId, 2000)).rejects.toThrow(/greater than unrefunded amount/)
    await localStripe.refund(paymentIntentId)
    expect(receivedEvents()[2].data.object).toMatchObject({ amount_refunded: 2500, refunded: true })
    await expect(localStripe.refund(paymentIntentId)).rejects.toThrow(/already been refunded/)
  })

  it('retries a refused delivery, and re-sends an event on request', async () => {
    refuseNext = 2
    const session = await stripe.checkout.sessions.create(oneTime())
    const [event] = await localStripe.completeCheckout(session.id, { outcome: 'paid' })
    expect(received).toHaveLength(1)
    const attempts = localStripe.deliveries().filter((delivery) => delivery.eventId === event.id)
    expect(attempts.map((delivery) => delivery.status)).toEqual([500, 500, 200])

    expect(await localStripe.resend(event.id)).toBe(true)
    expect(receivedEvents().map((delivered) => delivered.id)).toEqual([event.id, event.id])
  })

  it('holds events when asked, so a test can deliver them out of order', async () => {
    localStripe.setAutoDeliver(false)
    const session = await stripe.checkout.sessions.create(monthly())
    const [completed, paid] = await localStripe.completeCheckout(session.id, { outcome: 'paid' })
    expect(received).toHaveLength(0)
    await localStripe.resend(paid.id)
    await localStripe.resend(completed.id)
    expect(receivedEvents().map((event) => event.type)).toEqual(['invoice.paid', 'checkout.session.completed'])
  })
})

describe('customer portal', () => {
  it('opens a portal session for a known customer only', async () => {
    const error = await rejection(stripe.billingPortal.sessions.create({ customer: 'cus_nobody', return_url: 'http://localhost:3000/nl/' }))
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(error).toMatchObject({ code: 'resource_missing', param: 'customer' })

    const session = await stripe.checkout.sessions.create(monthly())
    await localStripe.completeCheckout(session.id, { outcome: 'paid' })
    const customer = String((await stripe.checkout.sessions.retrieve(session.id)).customer)
    const portal = await stripe.billingPortal.sessions.create({ customer, return_url: 'http://localhost:3000/nl/', locale: 'nl' })
    expect(portal).toMatchObject({ object: 'billing_portal.session', customer, return_url: 'http://localhost:3000/nl/' })
    expect(portal.url).toBe(`http://localhost:${localStripe.port}/demo/portal/${portal.id}`)
  })
})

describe('demo pages', () => {
  const languages = [
    ['nl', 'DEMO — er wordt geen echte betaling uitgevoerd', 'Betalen (demo)'],
    ['fr', 'DÉMO — aucun paiement réel n’est effectué', 'Payer (démo)'],
    ['en', 'DEMO — no real payment is made', 'Pay (demo)'],
  ] as const

  it.each(languages)('shows the checkout page in the session language (%s), marked as a demo', async (locale, banner, pay) => {
    const session = await stripe.checkout.sessions.create(oneTime({ locale }))
    const response = await fetch(String(session.url))
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain(`<html lang="${locale}">`)
    expect(page).toContain(banner)
    expect(page).toContain(pay)
    expect(page).toMatch(/25,00|25\.00/)
    expect(page).toContain('<label for="email">')
    for (const other of languages.filter(([code]) => code !== locale)) expect(page).not.toContain(other[1])
  })

  it('offers the bank debit only for a one-time gift', async () => {
    const once = await (await fetch(String((await stripe.checkout.sessions.create(oneTime({ locale: 'en' }))).url))).text()
    const monthlyPage = await (await fetch(String((await stripe.checkout.sessions.create(monthly({ locale: 'en' }))).url))).text()
    expect(once).toContain('value="async_pending"')
    expect(monthlyPage).not.toContain('value="async_pending"')
    expect(monthlyPage).toContain('Monthly')
  })

  it('completes the payment from the form and redirects to the success URL', async () => {
    const session = await stripe.checkout.sessions.create(oneTime())
    const response = await fetch(`${session.url}/pay`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'ana@example.org', name: 'Ana Peeters', outcome: 'paid' }),
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`http://localhost:3000/nl/bedankt?session=${session.id}`)
    expect(receivedEvents().map((event) => event.type)).toEqual(['checkout.session.completed'])
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'complete', payment_status: 'paid', customer_details: { name: 'Ana Peeters' } })

    const again = await fetch(`${session.url}/pay`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ outcome: 'paid' }) })
    expect(again.status).toBe(409)
    expect(received).toHaveLength(1)
  })

  it('sends the donor back to the cancel URL without paying', async () => {
    const session = await stripe.checkout.sessions.create(oneTime())
    const response = await fetch(`${session.url}/cancel`, { method: 'POST', redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://localhost:3000/nl/doneer')
    expect(received).toHaveLength(0)
  })

  it('stops a monthly gift from the portal page, and only the portal customer’s own', async () => {
    const mine = await stripe.checkout.sessions.create(monthly())
    const theirs = await stripe.checkout.sessions.create(monthly({ customer_email: 'someone@example.org' }))
    await localStripe.completeCheckout(mine.id, { outcome: 'paid' })
    await localStripe.completeCheckout(theirs.id, { outcome: 'paid' })
    const { customer, subscription } = await stripe.checkout.sessions.retrieve(mine.id)
    const theirSubscription = String((await stripe.checkout.sessions.retrieve(theirs.id)).subscription)
    const portal = await stripe.billingPortal.sessions.create({ customer: String(customer), return_url: 'http://localhost:3000/fr/', locale: 'fr' })

    const page = await (await fetch(portal.url)).text()
    expect(page).toContain('<html lang="fr">')
    expect(page).toContain('DÉMO — aucun paiement réel n’est effectué')
    expect(page).toContain('Arrêter mon don mensuel (démo)')
    expect(page).not.toContain(theirSubscription)

    const cancelAt = `${portal.url}/cancel`
    const foreign = await fetch(cancelAt, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ subscription: theirSubscription }) })
    expect(foreign.status).toBe(404)
    expect((await stripe.subscriptions.retrieve(theirSubscription)).status).toBe('active')

    received.length = 0
    const response = await fetch(cancelAt, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ subscription: String(subscription) }) })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://localhost:3000/fr/')
    expect(receivedEvents().map((event) => event.type)).toEqual(['customer.subscription.deleted'])
    expect((await stripe.subscriptions.retrieve(String(subscription))).status).toBe('canceled')
  })
})

describe('simulation over HTTP', () => {
  it('completes a checkout from another process, with JSON only', async () => {
    const session = await stripe.checkout.sessions.create(oneTime())
    const asForm = await fetch(`${localStripe.url}/_local/checkout/sessions/${session.id}/complete`, { method: 'POST', body: new URLSearchParams({ outcome: 'paid' }) })
    expect(asForm.status).toBe(400)
    const response = await fetch(`${localStripe.url}/_local/checkout/sessions/${session.id}/complete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ outcome: 'paid', name: 'Ana' }),
    })
    expect(response.status).toBe(200)
    const { data } = (await response.json()) as { data: Array<{ type: string }> }
    expect(data.map((event) => event.type)).toEqual(['checkout.session.completed'])
    expect(receivedEvents()[0].data.object).toMatchObject({ id: session.id, payment_status: 'paid' })
  })
})
