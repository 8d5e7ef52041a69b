import { randomBytes } from 'node:crypto'
import type Stripe from 'stripe'

/**
 * The Stripe objects this server hands out. Each is a `Pick` of the SDK's own type for the pinned
 * API version, so a misspelt or renamed field fails the type check instead of surprising the app.
 * Fields left out are ones Stripe sends that the donation flow has no use for.
 */
export type CheckoutSession = Pick<
  Stripe.Checkout.Session,
  | 'id' | 'object' | 'amount_subtotal' | 'amount_total' | 'cancel_url' | 'client_reference_id' | 'created' | 'currency'
  | 'customer' | 'customer_creation' | 'customer_details' | 'customer_email' | 'expires_at' | 'invoice' | 'livemode'
  | 'locale' | 'metadata' | 'mode' | 'payment_intent' | 'payment_method_types' | 'payment_status' | 'status'
  | 'submit_type' | 'subscription' | 'success_url' | 'ui_mode' | 'url'
>

export type Customer = Pick<Stripe.Customer, 'id' | 'object' | 'created' | 'email' | 'name' | 'metadata' | 'livemode' | 'description' | 'balance' | 'default_source' | 'shipping'>

export type PaymentIntent = Pick<
  Stripe.PaymentIntent,
  | 'id' | 'object' | 'amount' | 'amount_received' | 'created' | 'currency' | 'customer' | 'description'
  | 'last_payment_error' | 'latest_charge' | 'livemode' | 'metadata' | 'payment_method_types' | 'status'
>

export type Charge = Pick<
  Stripe.Charge,
  | 'id' | 'object' | 'amount' | 'amount_captured' | 'amount_refunded' | 'billing_details' | 'captured' | 'created'
  | 'currency' | 'customer' | 'description' | 'failure_code' | 'failure_message' | 'livemode' | 'metadata' | 'paid'
  | 'payment_intent' | 'receipt_email' | 'refunded' | 'status'
>

/** `unit_amount_decimal` is a string on the wire; the SDK's type for it is its own Decimal class. */
export type Price = Pick<
  Stripe.Price,
  'id' | 'object' | 'active' | 'billing_scheme' | 'created' | 'currency' | 'livemode' | 'lookup_key' | 'metadata' | 'nickname' | 'product' | 'recurring' | 'tax_behavior' | 'type' | 'unit_amount'
> & { unit_amount_decimal: string }

export type SubscriptionItem = Pick<
  Stripe.SubscriptionItem,
  'id' | 'object' | 'created' | 'current_period_end' | 'current_period_start' | 'discounts' | 'metadata' | 'quantity' | 'subscription' | 'tax_rates'
> & { price: Price }

export interface List<T> {
  object: 'list'
  data: T[]
  has_more: boolean
  url: string
}

export type Subscription = Pick<
  Stripe.Subscription,
  | 'id' | 'object' | 'cancel_at' | 'cancel_at_period_end' | 'canceled_at' | 'cancellation_details' | 'collection_method'
  | 'created' | 'currency' | 'customer' | 'description' | 'ended_at' | 'latest_invoice' | 'livemode' | 'metadata'
  | 'start_date' | 'status'
> & { items: List<SubscriptionItem> }

export type InvoiceLineItem = Pick<
  Stripe.InvoiceLineItem,
  'id' | 'object' | 'amount' | 'currency' | 'description' | 'invoice' | 'livemode' | 'metadata' | 'parent' | 'period' | 'quantity' | 'subscription' | 'subtotal'
> & { pricing: { type: 'price_details'; price_details: { price: string; product: string }; unit_amount_decimal: string } }

export type Invoice = Pick<
  Stripe.Invoice,
  | 'id' | 'object' | 'amount_due' | 'amount_paid' | 'amount_remaining' | 'attempt_count' | 'attempted' | 'billing_reason'
  | 'collection_method' | 'created' | 'currency' | 'customer' | 'customer_email' | 'customer_name' | 'description'
  | 'livemode' | 'metadata' | 'next_payment_attempt' | 'number' | 'parent' | 'period_end' | 'period_start' | 'status'
  | 'status_transitions' | 'subtotal' | 'total'
> & { lines: List<InvoiceLineItem> }

export type InvoicePayment = Stripe.InvoicePayment

export type PortalSession = Stripe.BillingPortal.Session

/** The event types this server sends; `Extract` keeps them to names Stripe really uses. */
export type EventType = Extract<
  Stripe.Event['type'],
  | 'checkout.session.completed' | 'checkout.session.async_payment_succeeded' | 'checkout.session.async_payment_failed'
  | 'invoice.paid' | 'invoice.payment_failed' | 'customer.subscription.deleted' | 'charge.refunded'
>

export type StripeObject = CheckoutSession | Customer | PaymentIntent | Charge | Subscription | Invoice

export type StripeEvent = Pick<Stripe.EventBase, 'id' | 'object' | 'api_version' | 'created' | 'livemode' | 'pending_webhooks' | 'request'> & {
  type: EventType
  data: { object: StripeObject }
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Ids shaped like Stripe's (`cs_test_…`, `pi_…`), so that code checking prefixes behaves as in test mode. */
export function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length)
  let id = ''
  for (const byte of bytes) id += alphabet[byte % alphabet.length]
  return `${prefix}_${id}`
}

export function now(): number {
  return Math.floor(Date.now() / 1000)
}

export function list<T>(data: T[], url: string): List<T> {
  return { object: 'list', data, has_more: false, url }
}

/** One calendar month later, as Stripe bills monthly subscriptions (Jan 31 → Feb 28/29). */
export function addInterval(unixSeconds: number, interval: string, count: number): number {
  const date = new Date(unixSeconds * 1000)
  if (interval === 'day') return unixSeconds + 86_400 * count
  if (interval === 'week') return unixSeconds + 7 * 86_400 * count
  const months = interval === 'year' ? 12 * count : count
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return Math.floor(date.getTime() / 1000)
}
