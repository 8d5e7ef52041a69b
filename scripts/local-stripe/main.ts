import { defaultWebhookSecret, startLocalStripe } from './server'

/**
 * `tsx scripts/local-stripe/main.ts`: the local Stripe-compatible server for demo mode, sending
 * signed webhooks to the app. Runs until stopped.
 */
const port = Number(process.env.LOCAL_STRIPE_PORT ?? 12111)
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`LOCAL_STRIPE_PORT is not a port number: ${process.env.LOCAL_STRIPE_PORT}`)

const localStripe = await startLocalStripe({
  port,
  webhookUrl: process.env.STRIPE_WEBHOOK_URL || 'http://localhost:3000/api/stripe/webhook',
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || defaultWebhookSecret,
  log: (line) => console.log(`[local-stripe] ${line}`),
})
console.log(`[local-stripe] Stripe-compatible demo server on ${localStripe.url}, webhooks to ${localStripe.webhookUrl}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void localStripe.close().finally(() => process.exit(0))
  })
}
