import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'
import type { Locale } from '../../domain/locales'
import { queueEmail } from '../email/queue'
import { issueLink } from '../selfService/links'
import { thankYouTaxReduction } from '../globals/TaxCertificateSettings'
import type { Donation } from '../payload-types'

/**
 * One-time gifts through their life: open (checkout started) → pending (bank debit
 * settling) → paid, or failed; refunds on top. Each step only moves forward, so an event
 * that comes twice or late finds nothing left to change.
 */
export async function donationForSession(req: PayloadRequest, session: Stripe.Checkout.Session): Promise<Donation | undefined> {
  const { docs } = await req.payload.find({
    collection: 'donations',
    where: { 'stripe.checkoutSessionId': { equals: session.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return docs[0]
  const recordId = session.metadata?.recordId
  if (!recordId) return undefined
  return (await req.payload.findByID({ collection: 'donations', id: recordId, depth: 0, overrideAccess: true, disableErrors: true, req })) ?? undefined
}

function stripeIds(session: Stripe.Checkout.Session) {
  const id = (value: string | { id: string } | null) => (typeof value === 'string' ? value : value?.id)
  return { checkoutSessionId: session.id, paymentIntentId: id(session.payment_intent), customerId: id(session.customer) }
}

export async function markPaid(req: PayloadRequest, donation: Donation, session: Stripe.Checkout.Session, paidAt: Date) {
  if (donation.status !== 'open' && donation.status !== 'pending') return
  const paid = await req.payload.update({
    collection: 'donations',
    id: donation.id,
    data: { status: (donation.refundedCents ?? 0) >= (session.amount_total ?? donation.amountCents) ? 'refunded' : 'paid', receivedAt: paidAt.toISOString(), amountCents: session.amount_total ?? donation.amountCents, stripe: { ...donation.stripe, ...stripeIds(session) } },
    overrideAccess: true,
    req,
  })
  await queueEmail({
    req,
    kind: 'donation-thank-you',
    locale: (paid.locale ?? 'nl') as Locale,
    to: paid.donorEmail!,
    data: { donorName: paid.donorName!, amountCents: paid.amountCents, paidAt: paidAt.toISOString(), reference: paid.reference!, taxReduction: await thankYouTaxReduction(req, paidAt), selfServiceUrl: await issueLink(req, { collection: 'donations', id: paid.id }, (paid.locale ?? 'nl') as Locale) },
    idempotencyKey: `donation:${paid.id}:thank-you`,
    related: { collection: 'donations', id: paid.id },
  })
}

export async function markPending(req: PayloadRequest, donation: Donation, session: Stripe.Checkout.Session) {
  if (donation.status !== 'open') return
  await req.payload.update({ collection: 'donations', id: donation.id, data: { status: 'pending', stripe: { ...donation.stripe, ...stripeIds(session) } }, overrideAccess: true, req })
}

export async function markFailed(req: PayloadRequest, donation: Donation) {
  if (donation.status !== 'open' && donation.status !== 'pending') return
  await req.payload.update({ collection: 'donations', id: donation.id, data: { status: 'failed' }, overrideAccess: true, req })
}

/** A refund lowers what counts toward the goal; Stripe reports the running total refunded. */
export async function recordRefund(req: PayloadRequest, charge: Stripe.Charge): Promise<boolean> {
  const paymentIntentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id
  const { docs } = await req.payload.find({
    collection: 'donations',
    where: { or: [{ 'stripe.chargeId': { equals: charge.id } }, ...(paymentIntentId ? [{ 'stripe.paymentIntentId': { equals: paymentIntentId } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const donation = docs[0]
  if (!donation) return false
  const refundedCents = Math.max(donation.refundedCents ?? 0, charge.amount_refunded)
  const fullyRefunded = refundedCents >= donation.amountCents
  await req.payload.update({
    collection: 'donations',
    id: donation.id,
    data: {
      refundedCents,
      status: fullyRefunded && donation.status === 'paid' ? 'refunded' : donation.status,
      stripe: { ...donation.stripe, chargeId: charge.id },
    },
    overrideAccess: true,
    req,
  })
  return true
}
