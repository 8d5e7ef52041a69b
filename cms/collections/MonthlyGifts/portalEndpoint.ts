import type { Endpoint } from 'payload'
import { isValidPortalSignature } from '../../payments/portalLink'
import { stripeClient } from '../../payments/stripeClient'
import { publicSiteUrl } from '../../env'

/** GET /api/monthly-gifts/portal?gift=…&signature=…: opens Stripe's customer portal for that gift's donor. */
export const portalEndpoint: Endpoint = {
  path: '/portal',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const giftId = url.searchParams.get('gift') ?? ''
    const signature = url.searchParams.get('signature') ?? ''
    if (!giftId || !isValidPortalSignature(giftId, signature)) return new Response('This link is not valid.', { status: 403 })

    const gift = await req.payload.findByID({ collection: 'monthly-gifts', id: giftId, depth: 0, overrideAccess: true, disableErrors: true, req })
    const stripe = stripeClient()
    if (!gift?.stripe?.customerId || !stripe) return new Response('This gift cannot be managed online.', { status: 404 })

    const session = await stripe.billingPortal.sessions.create({
      customer: gift.stripe.customerId,
      return_url: `${publicSiteUrl}/${gift.locale ?? 'nl'}/`,
      locale: gift.locale ?? 'nl',
    })
    return Response.redirect(session.url, 303)
  },
}
