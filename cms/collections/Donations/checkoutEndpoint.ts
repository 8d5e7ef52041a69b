import type { Endpoint, PayloadRequest } from 'payload'
import { chargedAmountCents, type DonationCheckoutRequest, donationCheckoutSchema } from '../../../domain/forms/donation'
import { formMessage } from '../../../domain/forms/errors'
import { giftLabel, type GivingSettings, givingSettings, returnUrls } from '../../payments/settings'
import { givingMode, stripeClient } from '../../payments/stripeClient'
import { accepted, type Answer, refused } from '../../publicForms/answer'
import { donationFromForm } from '../../publicForms/fromForm'
import { publicForm, type Submission } from '../../publicForms/pipeline'
import { FormLimits } from '../../security/attempts'

const limits = new FormLimits('donations-checkout', { accepted: { max: 10, windowMs: 60_000 }, refused: { max: 60, windowMs: 60_000 } })

/**
 * POST /api/donations/checkout: checks the gift with the donate page's own schema, keeps
 * a record of it (so nothing the donor typed is lost), and opens a Stripe Checkout
 * Session in the donor's language. Answers 200 { url } or 400 { errors: { field: message } };
 * the donate form posted by a browser without script gets a 303 to the payment page, or
 * back to the form with its errors (see publicForms/pageAnswer.ts).
 */
export const checkoutEndpoint: Endpoint = {
  path: '/checkout',
  method: 'post',
  handler: publicForm({
    name: 'donation',
    body: 'json',
    // A gift is a few hundred bytes; this leaves room for any name in any script.
    maxBytes: 64 * 1024,
    limits,
    closed: (_req, locale) => (givingMode() === 'off' || !stripeClient() ? refused({ _form: formMessage('givingUnavailable', locale) }, 503) : undefined),
    rules: givingSettings,
    schema: donationCheckoutSchema,
    fromForm: donationFromForm,
    handle: openCheckout,
    landing: (answer) => String(answer.url),
  }),
}

async function openCheckout({ req, data: gift, rules: settings, message }: Submission<unknown, GivingSettings, DonationCheckoutRequest>): Promise<Answer> {
  const stripe = stripeClient()
  if (!stripe) return refused({ _form: message('givingUnavailable') }, 503)
  const amountCents = chargedAmountCents(gift.amountCents, gift.coverFees, settings.feeCoverPercent)

  const record = await keepRecord(req, gift, amountCents)
  try {
    const urls = await returnUrls(req, gift.locale)
    const product = { currency: 'eur', unit_amount: amountCents, product_data: { name: giftLabel(gift.frequency, gift.locale, settings.organisationName) } }
    const metadata = { recordId: String(record.id), locale: gift.locale, frequency: gift.frequency }
    const session = await stripe.checkout.sessions.create(
      gift.frequency === 'once'
        ? {
            mode: 'payment',
            submit_type: 'donate',
            line_items: [{ price_data: product, quantity: 1 }],
            payment_intent_data: { metadata },
            customer_creation: 'if_required',
            ...common(gift, urls, metadata),
          }
        : {
            mode: 'subscription',
            line_items: [{ price_data: { ...product, recurring: { interval: 'month' } }, quantity: 1 }],
            subscription_data: { metadata },
            ...common(gift, urls, metadata),
          },
      { idempotencyKey: `checkout:${record.collection}:${record.id}` },
    )
    await req.payload.update({
      collection: record.collection,
      id: record.id,
      data: { stripe: { checkoutSessionId: session.id } },
      overrideAccess: true,
      req,
    })
    if (!session.url) throw new Error('Stripe returned a session without a URL.')
    return accepted({ url: session.url })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Could not open a Stripe Checkout Session' })
    await req.payload.delete({ collection: record.collection, id: record.id, overrideAccess: true, req })
    return refused({ _form: message('paymentServiceDown') }, 502)
  }
}

function common(gift: DonationCheckoutRequest, urls: { success: string; cancel: string }, metadata: Record<string, string>) {
  return {
    locale: gift.locale,
    customer_email: gift.email,
    success_url: urls.success,
    cancel_url: urls.cancel,
    client_reference_id: metadata.recordId,
    metadata,
  }
}

/** The gift as typed, before payment: a Donation (one-time) or a Monthly gift, not yet paid. */
async function keepRecord(req: PayloadRequest, gift: DonationCheckoutRequest, amountCents: number) {
  const taxCertificate = gift.taxCertificate ? certificateRequest(gift.taxCertificate) : { requested: false }
  const donor = { donorName: gift.name, donorEmail: gift.email, locale: gift.locale, anonymous: gift.anonymous, newsletter: gift.newsletter, taxCertificate }
  if (gift.frequency === 'monthly') {
    const doc = await req.payload.create({ collection: 'monthly-gifts', data: { ...donor, amountCents, status: 'incomplete' }, overrideAccess: true, req })
    return { collection: 'monthly-gifts' as const, id: doc.id }
  }
  const doc = await req.payload.create({
    collection: 'donations',
    data: {
      ...donor,
      source: 'stripe',
      kind: 'one-time',
      status: 'open',
      amountCents,
      receivedAt: new Date().toISOString(),
      tributeKind: gift.tribute?.kind,
      tributeName: gift.tribute?.name,
    },
    overrideAccess: true,
    req,
  })
  return { collection: 'donations' as const, id: doc.id }
}

/** The form's certificate part as the gift's `taxCertificate` group keeps it (the number is sealed by its field). */
function certificateRequest({ language, ...data }: NonNullable<DonationCheckoutRequest['taxCertificate']>) {
  return { requested: true, ...data, certificateLanguage: language }
}
