import { simulationError } from './errors'
import type { EventBus } from './events'
import type { CheckoutSession, Customer, StripeEvent, Subscription } from './objects'
import { addInterval, list, newId, now } from './objects'
import { billSubscription, createPayment, settlePayment, type Payer } from './payments'
import type { Store } from './store'
import type { CheckoutSessionParams } from './validation'

export type CheckoutOutcome = 'paid' | 'async_pending'

export interface CompleteCheckoutOptions {
  outcome: CheckoutOutcome
  /** What the donor types on Stripe's page; defaults to the session's `customer_email`. */
  email?: string
  /** The name on the card or bank account; Stripe leaves it null when not collected. */
  name?: string | null
}

export function createCheckoutSession(store: Store, params: CheckoutSessionParams, baseUrl: string): CheckoutSession {
  const id = newId('cs_test', 58)
  const created = now()
  const lineItems = (params.line_items ?? []).map((item) => {
    const data = item.price_data!
    const recurring = data.recurring ? { interval: data.recurring.interval, interval_count: data.recurring.interval_count ?? 1 } : undefined
    return { name: data.product_data!.name, description: data.product_data!.description, currency: data.currency, unitAmount: data.unit_amount!, quantity: item.quantity!, recurring }
  })
  const total = lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0)
  const session: CheckoutSession = {
    id,
    object: 'checkout.session',
    amount_subtotal: total,
    amount_total: total,
    cancel_url: params.cancel_url ?? null,
    client_reference_id: params.client_reference_id ?? null,
    created,
    currency: lineItems[0].currency,
    customer: null,
    customer_creation: params.mode === 'payment' ? (params.customer_creation ?? 'if_required') : 'always',
    customer_details: null,
    customer_email: params.customer_email ?? null,
    expires_at: created + 24 * 3600,
    invoice: null,
    livemode: false,
    locale: params.locale ?? null,
    metadata: { ...params.metadata },
    mode: params.mode,
    payment_intent: null,
    payment_method_types: ['card', 'bancontact', 'sepa_debit'],
    payment_status: 'unpaid',
    status: 'open',
    submit_type: params.submit_type ?? null,
    subscription: null,
    success_url: params.success_url,
    ui_mode: 'hosted_page',
    url: `${baseUrl}/demo/checkout/${id}`,
  }
  store.sessions.set(id, {
    session,
    lineItems,
    paymentIntentData: { metadata: { ...params.payment_intent_data?.metadata }, description: params.payment_intent_data?.description ?? null },
    subscriptionData: { metadata: { ...params.subscription_data?.metadata }, description: params.subscription_data?.description ?? null },
  })
  return session
}

/** What the donor does on Stripe's hosted page, and every object and event that follows from it. */
export function completeCheckout(store: Store, bus: EventBus, sessionId: string, options: CompleteCheckoutOptions): StripeEvent[] {
  const record = store.session(sessionId)
  const { session } = record
  if (session.status !== 'open') throw simulationError(`Checkout Session ${sessionId} is ${session.status}, not open.`)
  if (session.expires_at < now()) {
    session.status = 'expired'
    throw simulationError(`Checkout Session ${sessionId} has expired.`)
  }
  const email = options.email ?? session.customer_email
  if (!email) throw simulationError('An email address is required: Checkout always collects one.')
  if (session.customer_email && email !== session.customer_email) throw simulationError('Checkout shows `customer_email` read-only: the donor cannot pay with another address.')
  const name = options.name ?? null
  if (options.outcome !== 'paid' && options.outcome !== 'async_pending') throw simulationError(`Unknown outcome: ${String(options.outcome)}`)
  if (session.mode === 'subscription' && options.outcome !== 'paid') throw simulationError('This server simulates delayed bank debits for one-time payments only.')

  const needsCustomer = session.mode === 'subscription' || session.customer_creation === 'always'
  const customer = needsCustomer ? createCustomer(store, email, name) : null
  const payer: Payer = { customer: customer?.id ?? null, email, name }
  session.customer = payer.customer
  session.customer_details = { address: null, business_name: null, email, individual_name: null, name, phone: null, tax_exempt: 'none', tax_ids: [] }
  session.status = 'complete'

  if (session.mode === 'payment') {
    const { paymentIntent } = createPayment(store, {
      amount: session.amount_total ?? 0,
      currency: session.currency ?? 'eur',
      payer,
      metadata: record.paymentIntentData.metadata,
      description: record.paymentIntentData.description,
      method: options.outcome === 'paid' ? 'card' : 'sepa_debit',
      outcome: options.outcome === 'paid' ? 'succeeded' : 'processing',
    })
    session.payment_intent = paymentIntent.id
    session.payment_status = options.outcome === 'paid' ? 'paid' : 'unpaid'
    return [bus.create('checkout.session.completed', session)]
  }

  const subscription = createSubscription(store, record, payer.customer!)
  const invoice = billSubscription(store, subscription, 'subscription_create', payer, true)
  session.subscription = subscription.id
  session.invoice = invoice.id
  session.payment_status = 'paid'
  return [bus.create('checkout.session.completed', session), bus.create('invoice.paid', invoice)]
}

/** The bank's answer to a SEPA debit started at checkout, days later in real life. */
export function settleAsync(store: Store, bus: EventBus, sessionId: string, succeeded: boolean): StripeEvent[] {
  const { session } = store.session(sessionId)
  const paymentIntent = session.payment_intent ? store.paymentIntent(String(session.payment_intent)) : undefined
  if (session.status !== 'complete' || !paymentIntent || paymentIntent.status !== 'processing') {
    throw simulationError(`Checkout Session ${sessionId} has no payment waiting to settle.`)
  }
  settlePayment(store, paymentIntent, succeeded)
  if (succeeded) session.payment_status = 'paid'
  return [bus.create(succeeded ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed', session)]
}

export function cancelCheckout(store: Store, sessionId: string): CheckoutSession {
  const { session } = store.session(sessionId)
  if (session.status !== 'open') throw simulationError(`Checkout Session ${sessionId} is ${session.status}, not open.`)
  return session
}

function createCustomer(store: Store, email: string, name: string | null): Customer {
  const customer: Customer = { id: newId('cus', 14), object: 'customer', created: now(), email, name, metadata: {}, livemode: false, description: null, balance: 0, default_source: null, shipping: null }
  store.customers.set(customer.id, customer)
  return customer
}

function createSubscription(store: Store, record: ReturnType<Store['session']>, customerId: string): Subscription {
  const created = now()
  const line = record.lineItems.find((item) => item.recurring) ?? record.lineItems[0]
  const recurring = line.recurring ?? { interval: 'month' as const, interval_count: 1 }
  const id = newId('sub')
  const itemId = newId('si', 14)
  const subscription: Subscription = {
    id,
    object: 'subscription',
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created,
    currency: line.currency,
    customer: customerId,
    description: record.subscriptionData.description,
    ended_at: null,
    latest_invoice: null,
    livemode: false,
    metadata: { ...record.subscriptionData.metadata },
    start_date: created,
    status: 'incomplete',
    items: list(
      [
        {
          id: itemId,
          object: 'subscription_item',
          created,
          current_period_start: created,
          current_period_end: addInterval(created, recurring.interval, recurring.interval_count),
          discounts: [],
          metadata: {},
          quantity: line.quantity,
          subscription: id,
          tax_rates: [],
          price: {
            id: newId('price'),
            object: 'price',
            active: false,
            billing_scheme: 'per_unit',
            created,
            currency: line.currency,
            livemode: false,
            lookup_key: null,
            metadata: {},
            nickname: null,
            product: newId('prod', 14),
            recurring: { interval: recurring.interval, interval_count: recurring.interval_count, meter: null, trial_period_days: null, usage_type: 'licensed' },
            tax_behavior: 'unspecified',
            type: 'recurring',
            unit_amount: line.unitAmount,
            unit_amount_decimal: String(line.unitAmount),
          },
        },
      ],
      `/v1/subscription_items?subscription=${id}`,
    ),
  }
  store.subscriptions.set(id, subscription)
  return subscription
}
