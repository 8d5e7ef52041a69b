import { cancelSubscription, createPortalSession } from './billing'
import { createCheckoutSession } from './checkout'
import { type Context, json, route, type Route } from './context'
import { invalidRequest, noSuch } from './errors'
import { decodeForm } from './formBody'
import { type InvoicePayment, list } from './objects'
import { parseCheckoutSessionParams, parsePortalSessionParams, retrieveExpansions } from './validation'

/** The part of Stripe's API that the donation flow calls, under `/v1`. */
export function apiRoutes(context: Context): Route[] {
  const { store, bus, baseUrl } = context
  const retrieve = (path: string, find: (id: string, expand: Set<string>) => unknown, expandable: readonly string[] = []): Route =>
    route('GET', path, (request, { id }) => json(200, find(id, retrieveExpansions(request.query, expandable))))
  const invoicePayments = (filter: (payment: InvoicePayment) => boolean) => list([...store.invoicePayments.values()].filter(filter), '/v1/invoice_payments')

  return [
    route('POST', '/v1/checkout/sessions', (request) => json(200, createCheckoutSession(store, parseCheckoutSessionParams(decodeForm(request.body)), baseUrl))),
    retrieve('/v1/checkout/sessions/:id', (id) => store.session(id).session),
    route('POST', '/v1/billing_portal/sessions', (request) => json(200, createPortalSession(store, parsePortalSessionParams(decodeForm(request.body)), baseUrl))),
    retrieve('/v1/subscriptions/:id', (id) => store.subscription(id)),
    route('DELETE', '/v1/subscriptions/:id', (request, { id }) => {
      const params = { ...decodeForm(request.body), ...Object.fromEntries(request.query) }
      const unknown = Object.keys(params)[0]
      if (unknown !== undefined) throw invalidRequest(`\`${unknown}\` is not implemented by this local Stripe server for cancelling a subscription.`, unknown)
      store.subscription(id)
      // Stripe answers first and sends the webhook afterwards; the app must not wait on its own webhook.
      const events = cancelSubscription(store, bus, id)
      void bus.publish(events)
      return json(200, store.subscription(id))
    }),
    retrieve('/v1/customers/:id', (id) => store.customer(id)),
    retrieve('/v1/payment_intents/:id', (id) => store.paymentIntent(id)),
    retrieve('/v1/charges/:id', (id) => store.charge(id)),
    // `payments` is not part of an invoice unless expanded, in webhooks too: the app has to ask for it.
    retrieve('/v1/invoices/:id', (id, expand) => {
      const invoice = store.invoice(id)
      return expand.has('payments') ? { ...invoice, payments: invoicePayments((payment) => payment.invoice === id) } : invoice
    }, ['payments']),
    retrieve('/v1/events/:id', (id) => {
      const event = bus.event(id)
      if (!event) throw noSuch('event', id)
      return event
    }),
    // Since API 2025-03-31 an invoice's PaymentIntent is found through its InvoicePayments.
    route('GET', '/v1/invoice_payments', (request) => {
      const allowed = new Set(['invoice', 'payment[type]', 'payment[payment_intent]', 'limit'])
      for (const key of request.query.keys()) if (!allowed.has(key)) throw invalidRequest(`Received unknown parameter: ${key}`, key)
      const invoice = request.query.get('invoice')
      const paymentIntent = request.query.get('payment[payment_intent]')
      return json(200, invoicePayments((payment) => (invoice === null || payment.invoice === invoice) && (paymentIntent === null || payment.payment.payment_intent === paymentIntent)))
    }),
  ]
}
