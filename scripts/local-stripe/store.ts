import { noSuch } from './errors'
import type { Charge, CheckoutSession, Customer, Invoice, InvoicePayment, PaymentIntent, PortalSession, Subscription } from './objects'

export interface LineItemRecord {
  name: string
  description: string | undefined
  currency: string
  unitAmount: number
  quantity: number
  recurring: { interval: 'day' | 'week' | 'month' | 'year'; interval_count: number } | undefined
}

/** What a Checkout Session was created with but does not show: Checkout copies it onto objects made at payment. */
export interface SessionRecord {
  session: CheckoutSession
  lineItems: LineItemRecord[]
  paymentIntentData: { metadata: Record<string, string>; description: string | null }
  subscriptionData: { metadata: Record<string, string>; description: string | null }
}

/** Everything lives in memory: a restart is a fresh Stripe account in test mode. */
export class Store {
  readonly sessions = new Map<string, SessionRecord>()
  readonly customers = new Map<string, Customer>()
  readonly paymentIntents = new Map<string, PaymentIntent>()
  readonly charges = new Map<string, Charge>()
  readonly subscriptions = new Map<string, Subscription>()
  readonly invoices = new Map<string, Invoice>()
  readonly invoicePayments = new Map<string, InvoicePayment>()
  readonly portalSessions = new Map<string, PortalSession>()

  session(id: string, param?: string): SessionRecord {
    return found(this.sessions.get(id), 'checkout.session', id, param)
  }

  customer(id: string, param?: string): Customer {
    return found(this.customers.get(id), 'customer', id, param)
  }

  subscription(id: string, param?: string): Subscription {
    return found(this.subscriptions.get(id), 'subscription', id, param)
  }

  paymentIntent(id: string, param?: string): PaymentIntent {
    return found(this.paymentIntents.get(id), 'payment_intent', id, param)
  }

  charge(id: string, param?: string): Charge {
    return found(this.charges.get(id), 'charge', id, param)
  }

  invoice(id: string, param?: string): Invoice {
    return found(this.invoices.get(id), 'invoice', id, param)
  }

  portalSession(id: string): PortalSession {
    return found(this.portalSessions.get(id), 'billing_portal.session', id)
  }
}

function found<T>(value: T | undefined, kind: string, id: string, param?: string): T {
  if (value === undefined) throw noSuch(kind, id, param)
  return value
}
