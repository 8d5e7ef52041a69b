import { currencyAmount } from './currencies'
import { invalidRequest, simulationError } from './errors'
import type { EventBus } from './events'
import type { Invoice, PortalSession, StripeEvent, Subscription } from './objects'
import { newId, now } from './objects'
import { billSubscription, settlePayment, type Payer } from './payments'
import type { Store } from './store'
import type { PortalSessionParams } from './validation'

function payerOf(store: Store, subscription: Subscription): Payer {
  const customer = store.customer(String(subscription.customer))
  return { customer: customer.id, email: customer.email ?? '', name: customer.name ?? null }
}

function billable(store: Store, subscriptionId: string): Subscription {
  const subscription = store.subscription(subscriptionId)
  if (subscription.status !== 'active' && subscription.status !== 'past_due') {
    throw simulationError(`Subscription ${subscriptionId} is ${subscription.status}; only an active or past-due subscription is billed.`)
  }
  return subscription
}

/** An invoice whose payment failed stays open and is retried; only then does the next period start. */
function openInvoice(store: Store, subscription: Subscription): Invoice | undefined {
  const latest = subscription.latest_invoice ? store.invoice(String(subscription.latest_invoice)) : undefined
  return latest?.status === 'open' ? latest : undefined
}

function paymentIntentOf(store: Store, invoice: Invoice) {
  const link = [...store.invoicePayments.values()].find((payment) => payment.invoice === invoice.id && payment.is_default)
  return store.paymentIntent(String(link?.payment.payment_intent))
}

/** The next monthly charge succeeds (or the retry of a failed one does): `invoice.paid`. */
export function payNextInvoice(store: Store, bus: EventBus, subscriptionId: string): StripeEvent[] {
  const subscription = billable(store, subscriptionId)
  const open = openInvoice(store, subscription)
  if (!open) return [bus.create('invoice.paid', billSubscription(store, subscription, 'subscription_cycle', payerOf(store, subscription), true))]
  settlePayment(store, paymentIntentOf(store, open), true)
  const paidAt = now()
  Object.assign(open, { amount_paid: open.amount_due, amount_remaining: 0, attempt_count: open.attempt_count + 1, next_payment_attempt: null, status: 'paid' })
  open.status_transitions.paid_at = paidAt
  for (const payment of store.invoicePayments.values()) {
    if (payment.invoice === open.id) Object.assign(payment, { status: 'paid', amount_paid: open.amount_due, status_transitions: { canceled_at: null, paid_at: paidAt } })
  }
  subscription.status = 'active'
  return [bus.create('invoice.paid', open)]
}

/** The next monthly charge is declined (or its retry is): `invoice.payment_failed`, subscription past due. */
export function failNextInvoice(store: Store, bus: EventBus, subscriptionId: string): StripeEvent[] {
  const subscription = billable(store, subscriptionId)
  const open = openInvoice(store, subscription)
  if (!open) return [bus.create('invoice.payment_failed', billSubscription(store, subscription, 'subscription_cycle', payerOf(store, subscription), false))]
  const paymentIntent = paymentIntentOf(store, open)
  paymentIntent.status = 'processing'
  settlePayment(store, paymentIntent, false)
  Object.assign(open, { attempt_count: open.attempt_count + 1, next_payment_attempt: now() + 3 * 86_400 })
  return [bus.create('invoice.payment_failed', open)]
}

export function cancelSubscription(store: Store, bus: EventBus, subscriptionId: string): StripeEvent[] {
  const subscription = store.subscription(subscriptionId)
  if (subscription.status === 'canceled') throw invalidRequest(`Subscription ${subscriptionId} is already canceled.`)
  const at = now()
  Object.assign(subscription, {
    status: 'canceled',
    canceled_at: at,
    ended_at: at,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: 'cancellation_requested' },
  })
  return [bus.create('customer.subscription.deleted', subscription)]
}

/** Refunds all or part of a payment, by PaymentIntent or Charge id, as the Dashboard does. */
export function refund(store: Store, bus: EventBus, paymentIntentOrChargeId: string, amount?: number): StripeEvent[] {
  const charge = paymentIntentOrChargeId.startsWith('pi_')
    ? store.charge(String(store.paymentIntent(paymentIntentOrChargeId, 'payment_intent').latest_charge), 'charge')
    : store.charge(paymentIntentOrChargeId, 'charge')
  if (charge.refunded) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, 'charge', 'charge_already_refunded')
  if (charge.status !== 'succeeded') throw invalidRequest(`Charge ${charge.id} has not succeeded and cannot be refunded.`, 'charge')
  const remaining = charge.amount - charge.amount_refunded
  const refunding = amount ?? remaining
  if (!Number.isInteger(refunding) || refunding < 1) throw invalidRequest('Refund amount must be a positive integer.', 'amount')
  if (refunding > remaining) {
    throw invalidRequest(
      `Refund amount (${currencyAmount(refunding, charge.currency)}) is greater than unrefunded amount on charge (${currencyAmount(remaining, charge.currency)})`,
      'amount',
    )
  }
  charge.amount_refunded += refunding
  charge.refunded = charge.amount_refunded === charge.amount
  return [bus.create('charge.refunded', charge)]
}

export function createPortalSession(store: Store, params: PortalSessionParams, baseUrl: string): PortalSession {
  store.customer(params.customer, 'customer')
  const id = newId('bps')
  const session: PortalSession = {
    id,
    object: 'billing_portal.session',
    configuration: 'bpc_local_default',
    created: now(),
    customer: params.customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: params.locale ?? null,
    on_behalf_of: null,
    return_url: params.return_url ?? null,
    url: `${baseUrl}/demo/portal/${id}`,
  }
  store.portalSessions.set(id, session)
  return session
}
