import { createHmac } from 'node:crypto'
import type { EventType, StripeEvent, StripeObject } from './objects'
import { newId, now } from './objects'

export interface Delivery {
  eventId: string
  eventType: EventType
  attempt: number
  at: number
  /** HTTP status of the webhook endpoint's answer, or undefined when it could not be reached. */
  status: number | undefined
  error: string | undefined
}

export interface EventBusOptions {
  apiVersion: string
  webhookUrl: string | null
  webhookSecret: string
  /** Pauses before each retry; Stripe retries for days, a local server a few times within seconds. */
  retryDelaysMs: readonly number[]
  log: (line: string) => void
}

/** Stripe's signature scheme: HMAC-SHA256 of "<timestamp>.<payload>" with the endpoint's secret, hex-encoded. */
export function signPayload(payload: string, secret: string, timestamp = now()): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex')
  return `t=${timestamp},v1=${signature}`
}

export class EventBus {
  private readonly sent: StripeEvent[] = []
  private readonly log: Delivery[] = []
  /** When off, events are only recorded; a test then delivers them with `resend`, in the order it likes. */
  autoDeliver = true

  constructor(private readonly options: EventBusOptions) {}

  /** The object is copied: an event shows the object as it was when the event happened, as Stripe's do. */
  create(type: EventType, object: StripeObject): StripeEvent {
    const event: StripeEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: this.options.apiVersion,
      created: now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: this.options.webhookUrl ? 1 : 0,
      request: { id: null, idempotency_key: null },
      type,
    }
    this.sent.push(event)
    return event
  }

  /** Delivers one action's events one after the other, so that the endpoint sees them in the order they happened. */
  async publish(events: readonly StripeEvent[]): Promise<void> {
    if (!this.autoDeliver) return
    for (const event of events) await this.deliver(event)
  }

  events(): StripeEvent[] {
    return [...this.sent]
  }

  event(id: string): StripeEvent | undefined {
    return this.sent.find((event) => event.id === id)
  }

  deliveries(): Delivery[] {
    return [...this.log]
  }

  /**
   * Sends an event until the endpoint answers 2xx or the retries run out. Each attempt is signed
   * anew with a fresh timestamp, as Stripe does, so a retried event still passes the tolerance check.
   * Resolves with whether the endpoint accepted it; never throws, since a dead endpoint is a normal state.
   */
  async deliver(event: StripeEvent): Promise<boolean> {
    const url = this.options.webhookUrl
    if (!url) return false
    const payload = JSON.stringify(event, null, 2)
    const delays = [0, ...this.options.retryDelaysMs]
    for (const [index, delay] of delays.entries()) {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
      const delivery: Delivery = { eventId: event.id, eventType: event.type, attempt: index + 1, at: Date.now(), status: undefined, error: undefined }
      try {
        const response = await fetch(url, {
          method: 'POST',
          body: payload,
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'Stripe-Signature': signPayload(payload, this.options.webhookSecret),
            'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          },
          signal: AbortSignal.timeout(10_000),
        })
        delivery.status = response.status
        // Drain the body so the connection can be reused.
        await response.arrayBuffer().catch(() => undefined)
      } catch (error) {
        delivery.error = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
      }
      this.log.push(delivery)
      const accepted = delivery.status !== undefined && delivery.status >= 200 && delivery.status < 300
      this.options.log(`webhook ${event.type} ${event.id} attempt ${delivery.attempt}: ${delivery.status ?? delivery.error}`)
      if (accepted) return true
    }
    return false
  }
}
