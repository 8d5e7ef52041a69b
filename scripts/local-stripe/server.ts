import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { apiRoutes } from './apiRoutes'
import { cancelSubscription, failNextInvoice, payNextInvoice, refund } from './billing'
import { completeCheckout, settleAsync, type CompleteCheckoutOptions } from './checkout'
import { type Context, json, type Reply, type Request, type Route } from './context'
import { demoRoutes } from './demoRoutes'
import { invalidRequest, StripeApiError } from './errors'
import { type Delivery, EventBus } from './events'
import { localRoutes } from './localRoutes'
import { newId, type StripeEvent } from './objects'
import { Store } from './store'

export interface LocalStripeOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Where events are POSTed; null records them without sending. */
  webhookUrl?: string | null
  webhookSecret?: string
  /** Pauses before each retry of a failed webhook delivery. */
  retryDelaysMs?: readonly number[]
  log?: (line: string) => void
}

export interface LocalStripe {
  /** `http://localhost:<port>`; give the SDK `{ host: 'localhost', port, protocol: 'http' }`. */
  readonly url: string
  readonly port: number
  readonly webhookUrl: string | null
  readonly webhookSecret: string
  /** The donor pays on the hosted page; resolves with the events sent, once delivered. */
  completeCheckout(sessionId: string, options?: CompleteCheckoutOptions): Promise<StripeEvent[]>
  /** The bank settles (or returns) a debit left pending by `outcome: 'async_pending'`. */
  settleAsync(sessionId: string, succeeded: boolean): Promise<StripeEvent[]>
  payNextInvoice(subscriptionId: string): Promise<StripeEvent[]>
  failNextInvoice(subscriptionId: string): Promise<StripeEvent[]>
  cancelSubscription(subscriptionId: string): Promise<StripeEvent[]>
  /** Refunds by PaymentIntent (`pi_…`) or Charge (`ch_…`) id; the whole remainder unless an amount is given. */
  refund(paymentIntentOrChargeId: string, amount?: number): Promise<StripeEvent[]>
  /** Delivers an event again (as Stripe does on retries); resolves with whether the endpoint accepted it. */
  resend(eventId: string): Promise<boolean>
  /** Every event created so far, oldest first. */
  events(): StripeEvent[]
  deliveries(): Delivery[]
  /** Off: events are only recorded, and `resend` delivers them in any order a test wants. */
  setAutoDeliver(enabled: boolean): void
  close(): Promise<void>
}

export const defaultWebhookSecret = 'whsec_local_demo'
const maxBodyBytes = 1_000_000
const maxIdempotencyKeys = 10_000

export async function startLocalStripe(options: LocalStripeOptions = {}): Promise<LocalStripe> {
  const log = options.log ?? (() => undefined)
  const webhookUrl = options.webhookUrl === undefined ? null : options.webhookUrl
  const webhookSecret = options.webhookSecret ?? defaultWebhookSecret
  const store = new Store()
  const bus = new EventBus({ apiVersion: Stripe.API_VERSION, webhookUrl, webhookSecret, retryDelaysMs: options.retryDelaysMs ?? [500, 2_000, 5_000], log })
  const context: Context = {
    store,
    bus,
    baseUrl: '',
    act: async (change) => {
      const events = change()
      await bus.publish(events)
      return events
    },
  }
  const idempotency = new Map<string, { fingerprint: string; reply: Reply }>()
  let routes: Route[] = []

  const server = createServer((incoming, outgoing) => {
    void handle(incoming, outgoing)
  })

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse) {
    const requestId = newId('req', 14)
    let reply: Reply
    try {
      const url = new URL(incoming.url ?? '/', 'http://localhost')
      const request: Request = { method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: incoming.headers, body: await readBody(incoming) }
      reply = await dispatch(request)
    } catch (error) {
      reply = errorReply(error, log)
    }
    outgoing.writeHead(reply.status, { 'Request-Id': requestId, 'Cache-Control': 'no-store', ...reply.headers })
    outgoing.end(reply.body)
  }

  async function dispatch(request: Request): Promise<Reply> {
    const api = request.path.startsWith('/v1/')
    const apiKey = api ? authenticate(request) : ''
    const matching = routes.filter((candidate) => candidate.pattern.test(request.path))
    const found = matching.find((candidate) => candidate.method === request.method)
    if (!found) {
      if (matching.length > 0) return json(405, { error: { type: 'invalid_request_error', message: `Method ${request.method} is not allowed on ${request.path}.` } })
      throw new StripeApiError(404, { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${request.path}).` })
    }
    const params = found.pattern.exec(request.path)?.groups ?? {}
    const key = api && request.method === 'POST' ? headerValue(request.headers['idempotency-key']) : undefined
    if (!key) return found.handler(request, params)

    // Same key and same request: the first answer again, without doing it twice (Stripe keeps keys 24 h).
    const scope = `${apiKey} ${key}`
    const fingerprint = `${request.method} ${request.path} ${request.body}`
    const earlier = idempotency.get(scope)
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        throw new StripeApiError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        })
      }
      return { ...earlier.reply, headers: { ...earlier.reply.headers, 'Idempotent-Replayed': 'true' } }
    }
    const reply = await found.handler(request, params)
    if (reply.status < 300) idempotency.set(scope, { fingerprint, reply })
    // The SDK keys every POST; a demo server left running must not grow without end. Oldest keys go first.
    if (idempotency.size > maxIdempotencyKeys) idempotency.delete(idempotency.keys().next().value ?? '')
    return reply
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: a demo payment server has no business on the network.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  context.baseUrl = `http://localhost:${port}`
  routes = [...apiRoutes(context), ...demoRoutes(context), ...localRoutes(context)]

  return {
    url: context.baseUrl,
    port,
    webhookUrl,
    webhookSecret,
    completeCheckout: (sessionId, completion = { outcome: 'paid' }) => context.act(() => completeCheckout(store, bus, sessionId, completion)),
    settleAsync: (sessionId, succeeded) => context.act(() => settleAsync(store, bus, sessionId, succeeded)),
    payNextInvoice: (subscriptionId) => context.act(() => payNextInvoice(store, bus, subscriptionId)),
    failNextInvoice: (subscriptionId) => context.act(() => failNextInvoice(store, bus, subscriptionId)),
    cancelSubscription: (subscriptionId) => context.act(() => cancelSubscription(store, bus, subscriptionId)),
    refund: (id, amount) => context.act(() => refund(store, bus, id, amount)),
    resend: async (eventId) => {
      const event = bus.event(eventId)
      if (!event) throw new Error(`No such event: ${eventId}`)
      return bus.deliver(event)
    },
    events: () => bus.events(),
    deliveries: () => bus.deliveries(),
    setAutoDeliver: (enabled) => {
      bus.autoDeliver = enabled
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** Stripe takes the secret key as a Bearer token (or as the Basic-auth user name); only test keys here. */
function authenticate(request: Request): string {
  const header = headerValue(request.headers.authorization) ?? ''
  const [scheme, credentials = ''] = header.split(' ')
  const key = scheme === 'Bearer' ? credentials : scheme === 'Basic' ? Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] : ''
  if (!key) {
    throw new StripeApiError(401, {
      type: 'invalid_request_error',
      message: "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    })
  }
  if (!/^(sk|rk)_test_\w+$/.test(key)) {
    throw new StripeApiError(401, { type: 'invalid_request_error', message: `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` })
  }
  return key
}

function errorReply(error: unknown, log: (line: string) => void): Reply {
  if (error instanceof StripeApiError) return json(error.status, { error: error.body })
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  return json(500, { error: { type: 'api_error', message: 'An unexpected error occurred in the local Stripe server.' } }, { 'Stripe-Should-Retry': 'false' })
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length
    if (size > maxBodyBytes) throw invalidRequest('Request body too large.')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
