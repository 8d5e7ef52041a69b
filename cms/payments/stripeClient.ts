import Stripe from 'stripe'
import { isLocalUrl } from '../env'

/**
 * How online giving runs here. `live`: a Stripe key is set. `demo`: no key, and the site
 * is served from localhost — a local Stripe-compatible server (scripts/local-stripe)
 * stands in, with pages clearly marked as a demo. `off`: no key on a deployed site —
 * online giving is switched off (bank transfer stays); a deployed site never runs a demo.
 */
export type GivingMode = 'live' | 'demo' | 'off'

export const demoSecretKey = 'sk_test_local_demo'
export const demoWebhookSecret = 'whsec_local_demo'
export const demoStripeApiUrl = 'http://localhost:12111'

/** Read at each call, so that the mode follows the environment the process runs in. */
export function givingMode(): GivingMode {
  if (process.env.STRIPE_SECRET_KEY) return 'live'
  return isLocalUrl(process.env.PUBLIC_SITE_URL || 'http://localhost:4321') ? 'demo' : 'off'
}

export function webhookSecret(): string | undefined {
  if (process.env.STRIPE_WEBHOOK_SECRET) return process.env.STRIPE_WEBHOOK_SECRET
  return givingMode() === 'demo' ? demoWebhookSecret : undefined
}

let client: { key: string; stripe: Stripe } | undefined

/** The Stripe SDK, pointed at STRIPE_API_URL when set (the local server in tests and demo mode). */
export function stripeClient(): Stripe | undefined {
  const mode = givingMode()
  if (mode === 'off') return undefined
  const secretKey = process.env.STRIPE_SECRET_KEY || demoSecretKey
  const apiUrl = process.env.STRIPE_API_URL || (mode === 'demo' ? demoStripeApiUrl : undefined)
  const cacheKey = `${secretKey}@${apiUrl ?? 'stripe'}`
  if (client?.key === cacheKey) return client.stripe

  const options: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 20_000, telemetry: false }
  if (apiUrl) {
    const url = new URL(apiUrl)
    options.host = url.hostname
    options.port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
    options.protocol = url.protocol === 'https:' ? 'https' : 'http'
  }
  client = { key: cacheKey, stripe: new Stripe(secretKey, options) }
  return client.stripe
}
