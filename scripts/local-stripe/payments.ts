import type { Charge, Invoice, PaymentIntent, Price, Subscription } from './objects'
import { addInterval, list, newId, now } from './objects'
import type { Store } from './store'

export type PaymentMethodType = 'card' | 'sepa_debit'
export type PaymentOutcome = 'succeeded' | 'processing' | 'failed'

export interface Payer {
  customer: string | null
  email: string
  name: string | null
}

/** A PaymentIntent with its one Charge, in the state the outcome leaves them in. */
export function createPayment(
  store: Store,
  details: { amount: number; currency: string; payer: Payer; metadata: Record<string, string>; description: string | null; method: PaymentMethodType; outcome: PaymentOutcome },
): { paymentIntent: PaymentIntent; charge: Charge } {
  const created = now()
  const paymentIntent: PaymentIntent = {
    id: newId('pi'),
    object: 'payment_intent',
    amount: details.amount,
    amount_received: 0,
    created,
    currency: details.currency,
    customer: details.payer.customer,
    description: details.description,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: { ...details.metadata },
    payment_method_types: [details.method],
    status: 'processing',
  }
  const charge: Charge = {
    id: newId('ch'),
    object: 'charge',
    amount: details.amount,
    amount_captured: 0,
    amount_refunded: 0,
    billing_details: { address: null, email: details.payer.email, name: details.payer.name, phone: null, tax_id: null },
    captured: false,
    created,
    currency: details.currency,
    customer: details.payer.customer,
    description: details.description,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: {},
    paid: false,
    payment_intent: paymentIntent.id,
    receipt_email: details.payer.email,
    refunded: false,
    status: 'pending',
  }
  paymentIntent.latest_charge = charge.id
  store.paymentIntents.set(paymentIntent.id, paymentIntent)
  store.charges.set(charge.id, charge)
  if (details.outcome !== 'processing') settlePayment(store, paymentIntent, details.outcome === 'succeeded')
  return { paymentIntent, charge }
}

/** A bank debit that was pending settles: money arrives, or the bank returns it. */
export function settlePayment(store: Store, paymentIntent: PaymentIntent, succeeded: boolean): Charge {
  const charge = store.charge(String(paymentIntent.latest_charge))
  const card = paymentIntent.payment_method_types[0] === 'card'
  if (succeeded) {
    Object.assign(paymentIntent, { status: 'succeeded', amount_received: paymentIntent.amount, last_payment_error: null })
    Object.assign(charge, { status: 'succeeded', paid: true, captured: true, amount_captured: charge.amount })
  } else {
    const code = card ? 'card_declined' : 'insufficient_funds'
    const message = card ? 'Your card was declined.' : 'The account has insufficient funds to cover this payment.'
    Object.assign(paymentIntent, {
      status: 'requires_payment_method',
      last_payment_error: { type: 'card_error', code, message, charge: charge.id, payment_method_type: paymentIntent.payment_method_types[0] },
    })
    Object.assign(charge, { status: 'failed', paid: false, failure_code: code, failure_message: message })
  }
  return charge
}

/**
 * Bills one period of a subscription: the invoice, its PaymentIntent and the InvoicePayment that
 * links them (since API 2025-03-31 an invoice no longer names its PaymentIntent directly).
 */
export function billSubscription(store: Store, subscription: Subscription, billingReason: 'subscription_create' | 'subscription_cycle', payer: Payer, paid: boolean): Invoice {
  const item = subscription.items.data[0]
  const price: Price = item.price
  const created = now()
  if (billingReason === 'subscription_cycle') {
    const interval = price.recurring?.interval ?? 'month'
    item.current_period_start = item.current_period_end
    item.current_period_end = addInterval(item.current_period_start, interval, price.recurring?.interval_count ?? 1)
  }
  const amount = (price.unit_amount ?? 0) * (item.quantity ?? 1)
  const invoiceId = newId('in')
  const { paymentIntent } = createPayment(store, {
    amount,
    currency: subscription.currency,
    payer,
    metadata: {},
    description: billingReason === 'subscription_create' ? 'Subscription creation' : 'Subscription update',
    method: 'card',
    outcome: paid ? 'succeeded' : 'failed',
  })
  const invoice: Invoice = {
    id: invoiceId,
    object: 'invoice',
    amount_due: amount,
    amount_paid: paid ? amount : 0,
    amount_remaining: paid ? 0 : amount,
    attempt_count: 1,
    attempted: true,
    billing_reason: billingReason,
    collection_method: 'charge_automatically',
    created,
    currency: subscription.currency,
    customer: String(subscription.customer),
    customer_email: payer.email,
    customer_name: payer.name,
    description: null,
    livemode: false,
    metadata: {},
    next_payment_attempt: paid ? null : created + 3 * 86_400,
    number: `${invoiceId.slice(3, 11).toUpperCase()}-${String(store.invoices.size + 1).padStart(4, '0')}`,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: subscription.id, metadata: { ...subscription.metadata } },
    },
    // The first invoice covers the instant the subscription starts; later ones the period just begun.
    period_start: billingReason === 'subscription_create' ? created : item.current_period_start,
    period_end: billingReason === 'subscription_create' ? created : item.current_period_start,
    status: paid ? 'paid' : 'open',
    status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created : null, voided_at: null },
    subtotal: amount,
    total: amount,
    lines: list(
      [
        {
          id: newId('il'),
          object: 'line_item',
          amount,
          currency: subscription.currency,
          description: `${item.quantity ?? 1} × ${String(price.nickname ?? price.product)}`,
          invoice: invoiceId,
          livemode: false,
          metadata: { ...subscription.metadata },
          parent: {
            type: 'subscription_item_details',
            invoice_item_details: null,
            subscription_item_details: { invoice_item: null, proration: false, proration_details: { credited_items: null }, subscription: subscription.id, subscription_item: item.id },
          },
          period: { start: item.current_period_start, end: item.current_period_end },
          pricing: { type: 'price_details', price_details: { price: price.id, product: String(price.product) }, unit_amount_decimal: price.unit_amount_decimal },
          quantity: item.quantity ?? 1,
          subscription: subscription.id,
          subtotal: amount,
        },
      ],
      `/v1/invoices/${invoiceId}/lines`,
    ),
  }
  store.invoices.set(invoice.id, invoice)
  const invoicePaymentId = newId('inpay')
  store.invoicePayments.set(invoicePaymentId, {
    id: invoicePaymentId,
    object: 'invoice_payment',
    amount_paid: paid ? amount : null,
    amount_requested: amount,
    created,
    currency: subscription.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: 'payment_intent', payment_intent: paymentIntent.id },
    status: paid ? 'paid' : 'open',
    status_transitions: { canceled_at: null, paid_at: paid ? created : null },
  })
  subscription.latest_invoice = invoice.id
  subscription.status = paid ? 'active' : 'past_due'
  return invoice
}
