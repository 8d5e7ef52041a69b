import { cancelSubscription } from './billing'
import { cancelCheckout, completeCheckout, type CheckoutOutcome } from './checkout'
import { type Context, html, redirect, route, type Request, type Route } from './context'
import { checkoutPage, messagePage, portalPage } from './demoPages'
import { demoTexts, pickLanguage } from './demoTexts'
import { StripeApiError } from './errors'

/** The pages a visitor sees instead of Stripe's hosted Checkout and customer portal. */
export function demoRoutes(context: Context): Route[] {
  const { store, bus, act } = context
  const languageOf = (request: Request, locale: string | null | undefined) => pickLanguage(locale, headerText(request.headers['accept-language']))
  const notFound = (request: Request) => html(404, messagePage(languageOf(request, undefined), 'Not found', 'There is no such demo page.'))

  return [
    route('GET', '/demo/checkout/:id', (request, { id }) => {
      const record = store.sessions.get(id)
      if (!record) return notFound(request)
      return html(200, checkoutPage(record, languageOf(request, record.session.locale)))
    }),
    route('POST', '/demo/checkout/:id/pay', async (request, { id }) => {
      const record = store.sessions.get(id)
      if (!record) return notFound(request)
      const language = languageOf(request, record.session.locale)
      const form = new URLSearchParams(request.body)
      const email = (record.session.customer_email ?? form.get('email') ?? '').trim()
      const name = (form.get('name') ?? '').trim() || null
      const outcome: CheckoutOutcome = form.get('outcome') === 'async_pending' && record.session.mode === 'payment' ? 'async_pending' : 'paid'
      if (record.session.status !== 'open') return html(409, checkoutPage(record, language))
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return html(422, checkoutPage(record, language, { email, name: name ?? '', error: 'email' }))
      // The webhook is delivered before the redirect, so the thank-you page can already see the gift.
      try {
        await act(() => completeCheckout(store, bus, id, { outcome, email, name }))
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error
        return html(409, messagePage(language, demoTexts[language].checkoutTitle, error.message))
      }
      return redirect(String(record.session.success_url).replaceAll('{CHECKOUT_SESSION_ID}', id))
    }),
    route('POST', '/demo/checkout/:id/cancel', (request, { id }) => {
      const record = store.sessions.get(id)
      if (!record) return notFound(request)
      const session = attempt(() => cancelCheckout(store, id))
      if (!session?.cancel_url) return html(409, checkoutPage(record, languageOf(request, record.session.locale)))
      return redirect(session.cancel_url)
    }),
    route('GET', '/demo/portal/:id', (request, { id }) => {
      const portal = store.portalSessions.get(id)
      if (!portal) return notFound(request)
      const subscriptions = [...store.subscriptions.values()].filter((subscription) => subscription.customer === portal.customer)
      return html(200, portalPage(portal, subscriptions, languageOf(request, portal.locale)))
    }),
    route('POST', '/demo/portal/:id/cancel', async (request, { id }) => {
      const portal = store.portalSessions.get(id)
      if (!portal) return notFound(request)
      const language = languageOf(request, portal.locale)
      const subscription = store.subscriptions.get(new URLSearchParams(request.body).get('subscription') ?? '')
      // A portal session manages its own customer's subscriptions and nobody else's.
      if (!subscription || subscription.customer !== portal.customer) return notFound(request)
      if (subscription.status !== 'canceled') await act(() => cancelSubscription(store, bus, subscription.id))
      if (portal.return_url) return redirect(portal.return_url)
      return html(200, messagePage(language, demoTexts[language].portalTitle, demoTexts[language].stopped))
    }),
  ]
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value
}

function attempt<T>(run: () => T): T | undefined {
  try {
    return run()
  } catch (error) {
    if (error instanceof StripeApiError) return undefined
    throw error
  }
}
