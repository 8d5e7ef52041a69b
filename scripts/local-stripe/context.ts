import type { IncomingHttpHeaders } from 'node:http'
import type { EventBus } from './events'
import type { StripeEvent } from './objects'
import type { Store } from './store'

export interface Request {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
}

export interface Reply {
  status: number
  headers?: Record<string, string>
  body: string
}

export interface Context {
  store: Store
  bus: EventBus
  /** `http://localhost:<port>`: what Stripe's `url` fields point at. */
  baseUrl: string
  /** Applies a change at once, then delivers its events; resolves once they are delivered (or given up). */
  act: (change: () => StripeEvent[]) => Promise<StripeEvent[]>
}

export type Handler = (request: Request, params: Record<string, string>) => Reply | Promise<Reply>

export interface Route {
  method: string
  pattern: RegExp
  handler: Handler
}

/** `/v1/subscriptions/:id` → a pattern whose named groups are the parameters. */
export function route(method: string, path: string, handler: Handler): Route {
  const source = path.replace(/:(\w+)/g, (_, name: string) => `(?<${name}>[^/]+)`)
  return { method, pattern: new RegExp(`^${source}$`), handler }
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(value, null, 2) }
}

export function html(status: number, body: string): Reply {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body }
}

/** 303 so that the browser follows with GET, as after Stripe's own pages. */
export function redirect(location: string): Reply {
  return { status: 303, headers: { Location: location }, body: '' }
}
