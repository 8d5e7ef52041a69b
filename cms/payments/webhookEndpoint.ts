import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import Stripe from 'stripe'
import { json } from '../http'
import { discardBody, readBody } from '../publicForms/body'
import { endMonthlyGift, recordFailedMonthlyPayment, recordMonthlyPayment, startMonthlyGift } from './monthlyGifts'
import { donationForSession, markFailed, markPaid, markPending, recordRefund } from './oneTimeGifts'
import { forgetProgress } from './progressCache'
import { demoSecretKey, stripeClient, webhookSecret } from './stripeClient'

/**
 * POST /api/stripe/webhook. Only events signed with STRIPE_WEBHOOK_SECRET are read. Each
 * is handled once: its id is stored in the same transaction as the changes it makes, so
 * a re-sent event is answered 200 and changes nothing. An event about something not yet
 * known (sent out of order) is answered 500, and Stripe sends it again later.
 */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const secret = webhookSecret()
    const signature = req.headers.get('stripe-signature')
    if (!secret || !signature) {
      discardBody(req)
      return json(req, { error: 'Missing signature.' }, 400)
    }
    // Stripe's events are a few kilobytes: anything near this size is not one, and is not read whole.
    const body = await readBody(req, 2 * 1024 * 1024)
    if (!body.ok) return json(req, { error: body.problem === 'tooLarge' ? 'Too large.' : 'Unreadable body.' }, body.problem === 'tooLarge' ? 413 : 400)
    const verifier = stripeClient() ?? new Stripe(demoSecretKey)
    let event: Stripe.Event
    try {
      event = verifier.webhooks.constructEvent(Buffer.from(body.bytes), signature, secret)
    } catch {
      return json(req, { error: 'Invalid signature.' }, 400)
    }

    if (await alreadyHandled(req, event.id)) return json(req, { received: true, duplicate: true })

    const started = await initTransaction(req)
    try {
      const handled = await handle(req, event)
      if (!handled) {
        if (started) await killTransaction(req)
        return json(req, { error: `Nothing known yet for ${event.type} ${event.id}; send it again later.` }, 500)
      }
      await req.payload.create({ collection: 'stripe-events', data: { eventId: event.id, type: event.type }, overrideAccess: true, req })
      if (started) await commitTransaction(req)
    } catch (error) {
      if (started) await killTransaction(req)
      // Two deliveries of one event at the same moment: the other one stored it first.
      if (await alreadyHandled(req, event.id)) return json(req, { received: true, duplicate: true })
      req.payload.logger.error({ err: error, msg: `Stripe event ${event.id} (${event.type}) failed` })
      return json(req, { error: 'Could not handle the event.' }, 500)
    }
    forgetProgress()
    return json(req, { received: true })
  },
}

async function alreadyHandled(req: PayloadRequest, eventId: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'stripe-events', where: { eventId: { equals: eventId } }, overrideAccess: true })
  return totalDocs > 0
}

/** True when the event was applied (or needs nothing); false when what it is about is not known yet. */
async function handle(req: PayloadRequest, event: Stripe.Event): Promise<boolean> {
  const at = new Date(event.created * 1000)
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object
      if (session.mode === 'subscription') return startMonthlyGift(req, session, at)
      const donation = await donationForSession(req, session)
      if (!donation) return false
      if (session.payment_status === 'paid') await markPaid(req, donation, session, at)
      else await markPending(req, donation, session)
      return true
    }
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.async_payment_failed': {
      const session = event.data.object
      const donation = await donationForSession(req, session)
      if (!donation) return false
      if (event.type === 'checkout.session.async_payment_succeeded') await markPaid(req, donation, session, at)
      else await markFailed(req, donation)
      return true
    }
    case 'invoice.paid':
      return recordMonthlyPayment(req, event.data.object, at)
    case 'invoice.payment_failed':
      return recordFailedMonthlyPayment(req, event.data.object, at)
    case 'customer.subscription.deleted':
      return endMonthlyGift(req, event.data.object, at)
    case 'charge.refunded':
      return recordRefund(req, event.data.object)
    default:
      return true
  }
}
