import { createHmac, timingSafeEqual } from 'node:crypto'
import { cmsUrl, payloadSecret } from '../env'

/**
 * The link in a monthly donor's emails to manage their gift. It names the gift and
 * carries a signature only the CMS can make, so nobody reaches another donor's Stripe
 * portal by guessing an id or typing an email address.
 */
function signature(giftId: string | number): string {
  return createHmac('sha256', payloadSecret()).update(`monthly-gift-portal:${giftId}`).digest('base64url')
}

export function portalLinkFor(giftId: string | number): string {
  const params = new URLSearchParams({ gift: String(giftId), signature: signature(giftId) })
  return `${cmsUrl}/api/monthly-gifts/portal?${params}`
}

export function isValidPortalSignature(giftId: string, given: string): boolean {
  const expected = Buffer.from(signature(giftId))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
