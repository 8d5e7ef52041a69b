import { z } from 'zod'
import { cancelSubscription, failNextInvoice, payNextInvoice, refund } from './billing'
import { completeCheckout, settleAsync } from './checkout'
import { type Context, json, route, type Request, type Route } from './context'
import { invalidRequest, noSuch } from './errors'

/**
 * `/_local/…`: the simulation API over HTTP, for tests and scripts that run in another process
 * than the server (Playwright, `npm start`). JSON bodies only: a web page cannot send those
 * cross-origin without a preflight this server never answers, so no site can drive it.
 */
export function localRoutes(context: Context): Route[] {
  const { store, bus, act } = context
  const events = (list: unknown[]) => json(200, { object: 'list', data: list })

  return [
    route('GET', '/_local/events', () => events(bus.events())),
    route('GET', '/_local/deliveries', () => events(bus.deliveries())),
    route('POST', '/_local/checkout/sessions/:id/complete', async (request, { id }) => {
      const body = parse(request, z.strictObject({ outcome: z.enum(['paid', 'async_pending']).default('paid'), email: z.string().optional(), name: z.string().nullable().optional() }))
      return events(await act(() => completeCheckout(store, bus, id, body)))
    }),
    route('POST', '/_local/checkout/sessions/:id/settle', async (request, { id }) => {
      const { succeeded } = parse(request, z.strictObject({ succeeded: z.boolean() }))
      return events(await act(() => settleAsync(store, bus, id, succeeded)))
    }),
    route('POST', '/_local/subscriptions/:id/pay_next_invoice', async (request, { id }) => {
      parse(request, z.strictObject({}))
      return events(await act(() => payNextInvoice(store, bus, id)))
    }),
    route('POST', '/_local/subscriptions/:id/fail_next_invoice', async (request, { id }) => {
      parse(request, z.strictObject({}))
      return events(await act(() => failNextInvoice(store, bus, id)))
    }),
    route('POST', '/_local/subscriptions/:id/cancel', async (request, { id }) => {
      parse(request, z.strictObject({}))
      return events(await act(() => cancelSubscription(store, bus, id)))
    }),
    route('POST', '/_local/refunds', async (request) => {
      const { id, amount } = parse(request, z.strictObject({ id: z.string(), amount: z.number().int().positive().optional() }))
      return events(await act(() => refund(store, bus, id, amount)))
    }),
    route('POST', '/_local/events/:id/resend', async (request, { id }) => {
      parse(request, z.strictObject({}))
      const event = bus.event(id)
      if (!event) throw noSuch('event', id)
      return json(200, { delivered: await bus.deliver(event) })
    }),
    route('POST', '/_local/auto_deliver', (request) => {
      bus.autoDeliver = parse(request, z.strictObject({ enabled: z.boolean() })).enabled
      return json(200, { enabled: bus.autoDeliver })
    }),
  ]
}

function parse<T extends z.ZodType>(request: Request, schema: T): z.output<T> {
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) throw invalidRequest('The simulation API takes JSON bodies (Content-Type: application/json).')
  let body: unknown
  try {
    body = request.body.trim() === '' ? {} : JSON.parse(request.body)
  } catch {
    throw invalidRequest('The body is not valid JSON.')
  }
  const result = schema.safeParse(body)
  if (!result.success) throw invalidRequest(z.prettifyError(result.error), String(result.error.issues[0]?.path.join('.') ?? ''))
  return result.data
}
