import type { PayloadRequest, Where } from 'payload'
import type Stripe from 'stripe'
import type { Locale } from '../../domain/locales'
import { queueEmail } from '../email/queue'
import { issueLink } from '../selfService/links'
import type { MonthlyGift } from '../payload-types'
import { portalLinkFor } from './portalLink'
import { stripeClient } from './stripeClient'

/**
 * Monthly gifts: the checkout starts the subscription (welcome email), each paid invoice
 * is one Donation, a failed one warns the donor, a cancelled subscription ends the gift.
 * Stripe may deliver the first invoice before the checkout event: either can come first.
 */
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : value?.id)

async function findGift(req: PayloadRequest, by: { subscriptionId?: string; checkoutSessionId?: string; recordId?: string }): Promise<MonthlyGift | undefined> {
  const or: Where[] = [
    ...(by.subscriptionId ? [{ 'stripe.subscriptionId': { equals: by.subscriptionId } }] : []),
    ...(by.checkoutSessionId ? [{ 'stripe.checkoutSessionId': { equals: by.checkoutSessionId } }] : []),
    ...(by.recordId && /^\d+$|^[0-9a-f-]{8,}$/i.test(by.recordId) ? [{ id: { equals: by.recordId } }] : []),
  ]
  if (or.length === 0) return undefined
  const { docs } = await req.payload.find({ collection: 'monthly-gifts', where: { or }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0]
}

async function attachSubscription(req: PayloadRequest, gift: MonthlyGift, subscriptionId: string | undefined, customerId: string | undefined): Promise<MonthlyGift> {
  if (!subscriptionId || (gift.stripe?.subscriptionId === subscriptionId && gift.stripe?.customerId === customerId)) return gift
  return req.payload.update({
    collection: 'monthly-gifts',
    id: gift.id,
    data: { stripe: { ...gift.stripe, subscriptionId, customerId: customerId ?? gift.stripe?.customerId } },
    overrideAccess: true,
    req,
  })
}

export async function startMonthlyGift(req: PayloadRequest, session: Stripe.Checkout.Session, startedAt: Date): Promise<boolean> {
  const subscriptionId = idOf(session.subscription)
  const found = await findGift(req, { subscriptionId, checkoutSessionId: session.id, recordId: session.metadata?.recordId })
  if (!found) return false
  let gift = await attachSubscription(req, found, subscriptionId, idOf(session.customer))
  if (gift.status === 'incomplete') {
    gift = await req.payload.update({ collection: 'monthly-gifts', id: gift.id, data: { status: 'active', startedAt: startedAt.toISOString() }, overrideAccess: true, req })
  }
  await queueEmail({
    req,
    kind: 'monthly-donor-welcome',
    locale: (gift.locale ?? 'nl') as Locale,
    to: gift.donorEmail,
    data: { donorName: gift.donorName, amountCents: gift.amountCents, startsOn: (gift.startedAt ?? startedAt.toISOString()).slice(0, 10), manageUrl: portalLinkFor(gift.id), selfServiceUrl: await issueLink(req, { collection: 'monthly-gifts', id: gift.id }, (gift.locale ?? 'nl') as Locale) },
    idempotencyKey: `monthly-gift:${gift.id}:welcome`,
    related: { collection: 'monthly-gifts', id: gift.id },
  })
  return true
}

function subscriptionOf(invoice: Stripe.Invoice) {
  const details = invoice.parent?.subscription_details
  return { subscriptionId: idOf(details?.subscription), recordId: details?.metadata?.recordId }
}

export async function recordMonthlyPayment(req: PayloadRequest, invoice: Stripe.Invoice, paidAt: Date): Promise<boolean> {
  const { subscriptionId, recordId } = subscriptionOf(invoice)
  // Asked before the transaction's first statement, so that SQLite's one writer is not
  // kept waiting on a round trip to Stripe (the transaction takes its turn lazily).
  const paymentIntent = await paymentIntentOf(invoice)
  const found = await findGift(req, { subscriptionId, recordId })
  if (!found) return false
  let gift = await attachSubscription(req, found, subscriptionId, idOf(invoice.customer))
  if (gift.status === 'incomplete' || gift.status === 'past-due') {
    gift = await req.payload.update({
      collection: 'monthly-gifts',
      id: gift.id,
      data: { status: 'active', startedAt: gift.startedAt ?? paidAt.toISOString() },
      overrideAccess: true,
      req,
    })
  }
  const existing = await req.payload.count({ collection: 'donations', where: { 'stripe.invoiceId': { equals: invoice.id } }, overrideAccess: true, req })
  if (existing.totalDocs > 0) return true
  await req.payload.create({
    collection: 'donations',
    data: {
      source: 'stripe',
      kind: 'monthly',
      status: 'paid',
      amountCents: invoice.amount_paid,
      receivedAt: paidAt.toISOString(),
      donorName: gift.donorName,
      donorEmail: gift.donorEmail,
      locale: gift.locale,
      anonymous: gift.anonymous,
      taxCertificate: gift.taxCertificate ?? { requested: false },
      stripe: { invoiceId: invoice.id, subscriptionId, customerId: idOf(invoice.customer), paymentIntentId: paymentIntent },
    },
    overrideAccess: true,
    req,
  })
  return true
}

/**
 * Webhooks do not carry an invoice's payments; a refund names the payment intent, so ask
 * Stripe for it. Without an answer the payment is still recorded.
 */
async function paymentIntentOf(invoice: Stripe.Invoice): Promise<string | undefined> {
  try {
    const payments = await stripeClient()?.invoicePayments.list({ invoice: invoice.id!, limit: 1 })
    return idOf(payments?.data[0]?.payment?.payment_intent)
  } catch {
    return undefined
  }
}

export async function recordFailedMonthlyPayment(req: PayloadRequest, invoice: Stripe.Invoice, failedAt: Date): Promise<boolean> {
  const gift = await findGift(req, subscriptionOf(invoice))
  if (!gift) return false
  await req.payload.update({
    collection: 'monthly-gifts',
    id: gift.id,
    data: { status: gift.status === 'cancelled' ? 'cancelled' : 'past-due', failedPayments: (gift.failedPayments ?? 0) + 1 },
    overrideAccess: true,
    req,
  })
  await queueEmail({
    req,
    kind: 'monthly-donation-failed',
    locale: (gift.locale ?? 'nl') as Locale,
    to: gift.donorEmail,
    data: { donorName: gift.donorName, amountCents: invoice.amount_due, attemptedAt: failedAt.toISOString(), manageUrl: portalLinkFor(gift.id) },
    idempotencyKey: `invoice:${invoice.id}:failed`,
    related: { collection: 'monthly-gifts', id: gift.id },
  })
  return true
}

export async function endMonthlyGift(req: PayloadRequest, subscription: Stripe.Subscription, endedAt: Date): Promise<boolean> {
  const gift = await findGift(req, { subscriptionId: subscription.id, recordId: subscription.metadata?.recordId })
  if (!gift) return false
  if (gift.status !== 'cancelled') {
    await req.payload.update({ collection: 'monthly-gifts', id: gift.id, data: { status: 'cancelled', cancelledAt: endedAt.toISOString() }, overrideAccess: true, req })
  }
  return true
}
