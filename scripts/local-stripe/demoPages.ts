import { formatAmount } from './currencies'
import { demoTexts, frequencyText, type DemoLanguage } from './demoTexts'
import type { PortalSession, Subscription } from './objects'
import type { SessionRecord } from './store'

/**
 * Plain server-rendered pages standing in for Stripe's hosted Checkout and customer portal.
 * No script: the forms work with any browser and any assistive technology.
 */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

const numberLocales: Record<DemoLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-IE' }

const styles = `
  :root { font-family: system-ui, sans-serif; color: #1a1a1a; background: #f6f6f4; line-height: 1.5; }
  body { margin: 0; }
  .demo-banner { margin: 0; padding: 1rem; background: #7a1500; color: #fff; text-align: center; font-size: 1.15rem; }
  .demo-banner strong { display: block; font-size: 1.4rem; letter-spacing: .02em; }
  main { max-width: 34rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border: 1px solid #c8c8c8; border-radius: .5rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { font: inherit; width: 100%; box-sizing: border-box; padding: .5rem; border: 2px solid #555; border-radius: .25rem; }
  input[readonly] { background: #eee; }
  .error { color: #a00000; font-weight: 600; }
  .actions { display: flex; flex-direction: column; gap: .75rem; margin-top: 1.5rem; }
  button, .link-button { font: inherit; padding: .75rem 1rem; border-radius: .25rem; border: 2px solid #14365d; background: #14365d; color: #fff; cursor: pointer; text-align: center; }
  button.secondary { background: #fff; color: #14365d; }
  a { color: #14365d; }
  :focus-visible { outline: 3px solid #d97706; outline-offset: 3px; }
`

function page(language: DemoLanguage, title: string, body: string): string {
  const texts = demoTexts[language]
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — ${escapeHtml(texts.banner)}</title>
<style>${styles}</style>
</head>
<body>
<header><p class="demo-banner" data-testid="demo-banner"><strong>${escapeHtml(texts.banner)}</strong>${escapeHtml(texts.bannerDetail)}</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`
}

export interface CheckoutPageState {
  email?: string
  name?: string
  error?: 'email'
}

export function checkoutPage(record: SessionRecord, language: DemoLanguage, state: CheckoutPageState = {}): string {
  const { session, lineItems } = record
  const texts = demoTexts[language]
  if (session.status !== 'open') return page(language, texts.checkoutTitle, `<p>${escapeHtml(texts.closed)}</p>`)
  const recurring = lineItems.find((item) => item.recurring)?.recurring
  const amount = formatAmount(session.amount_total ?? 0, session.currency ?? 'eur', numberLocales[language])
  const items = lineItems.map((item) => `<li>${escapeHtml(item.name)}${item.quantity > 1 ? ` × ${item.quantity}` : ''}</li>`).join('')
  const fixedEmail = session.customer_email
  const email = fixedEmail ?? state.email ?? ''
  const emailError = state.error === 'email'
  const action = `/demo/checkout/${encodeURIComponent(session.id)}`
  const body = `
<ul>${items}</ul>
<dl>
  <dt>${escapeHtml(texts.amount)}</dt><dd data-testid="amount">${escapeHtml(amount)}</dd>
  <dt>${escapeHtml(texts.frequency)}</dt><dd data-testid="frequency">${escapeHtml(frequencyText(language, recurring?.interval))}</dd>
</dl>
<form method="post" action="${action}/pay">
  <label for="email">${escapeHtml(texts.email)}</label>
  <input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(email)}"${fixedEmail ? ' readonly' : ''}${
    // The page comes back from the server with the error: the field takes the focus itself, its error read with it.
    emailError ? ' aria-invalid="true" aria-describedby="email-error" autofocus' : ''
  }>
  ${emailError ? `<p id="email-error" class="error">${escapeHtml(texts.invalidEmail)}</p>` : ''}
  <label for="name">${escapeHtml(texts.name)}</label>
  <input id="name" name="name" type="text" autocomplete="name" value="${escapeHtml(state.name ?? '')}">
  <div class="actions">
    <button type="submit" name="outcome" value="paid">${escapeHtml(texts.pay)}</button>
    ${session.mode === 'payment' ? `<button type="submit" name="outcome" value="async_pending">${escapeHtml(texts.payLater)}</button>` : ''}
  </div>
</form>
${session.cancel_url ? `<form method="post" action="${action}/cancel" class="actions"><button type="submit" class="secondary">${escapeHtml(texts.cancel)}</button></form>` : ''}
`
  return page(language, texts.checkoutTitle, body)
}

export function portalPage(portal: PortalSession, subscriptions: readonly Subscription[], language: DemoLanguage): string {
  const texts = demoTexts[language]
  const ongoing = subscriptions.filter((subscription) => subscription.status !== 'canceled')
  const dateFormat = new Intl.DateTimeFormat(numberLocales[language], { dateStyle: 'long', timeZone: 'Europe/Brussels' })
  const rows = ongoing.map((subscription) => {
    const item = subscription.items.data[0]
    const amount = formatAmount((item.price.unit_amount ?? 0) * (item.quantity ?? 1), subscription.currency, numberLocales[language])
    return `<section aria-labelledby="sub-${subscription.id}">
  <h2 id="sub-${subscription.id}">${escapeHtml(amount)} — ${escapeHtml(frequencyText(language, item.price.recurring?.interval))}</h2>
  <p>${escapeHtml(texts.since)} ${escapeHtml(dateFormat.format(new Date(subscription.start_date * 1000)))}</p>
  <form method="post" action="/demo/portal/${encodeURIComponent(portal.id)}/cancel" class="actions">
    <input type="hidden" name="subscription" value="${escapeHtml(subscription.id)}">
    <button type="submit">${escapeHtml(texts.stop)}</button>
  </form>
</section>`
  })
  const back = portal.return_url ? `<p><a href="${escapeHtml(portal.return_url)}">${escapeHtml(texts.back)}</a></p>` : ''
  return page(language, texts.portalTitle, `${rows.length > 0 ? rows.join('\n') : `<p>${escapeHtml(texts.portalNone)}</p>`}\n${back}`)
}

export function messagePage(language: DemoLanguage, title: string, message: string, returnUrl?: string | null): string {
  const back = returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">${escapeHtml(demoTexts[language].back)}</a></p>` : ''
  return page(language, title, `<p>${escapeHtml(message)}</p>${back}`)
}
