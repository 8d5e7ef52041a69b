import { type LocalStripe, startLocalStripe } from '../../../scripts/local-stripe/server'

export type ConnectedStripe = LocalStripe & { disconnect(): Promise<void> }

/**
 * The local Stripe stand-in wired to a test CMS as demo mode wires it: its webhooks sent to
 * the CMS's endpoint, and the CMS told to use it through the environment (read on each call,
 * so setting it after startup is enough). `disconnect` closes it and takes the environment
 * back, so that nothing later in the process talks to a closed server.
 */
export async function connectLocalStripe(cmsUrl: string, { webhookSecret = 'whsec_integration', retryDelaysMs = [50, 100] } = {}): Promise<ConnectedStripe> {
  const stripe = await startLocalStripe({ port: 0, webhookUrl: `${cmsUrl}/api/stripe/webhook`, webhookSecret, retryDelaysMs })
  const environment = { STRIPE_SECRET_KEY: 'sk_test_integration', STRIPE_API_URL: stripe.url, STRIPE_WEBHOOK_SECRET: webhookSecret }
  Object.assign(process.env, environment)
  return Object.assign(stripe, {
    async disconnect() {
      for (const name of Object.keys(environment)) delete process.env[name]
      await stripe.close()
    },
  })
}
