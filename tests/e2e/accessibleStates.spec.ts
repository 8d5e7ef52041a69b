import { type Browser, expect, type Locator, type Page, test } from '@playwright/test'
import { cmsUrl } from '../../playwright.config'
import { demoTexts } from '../../scripts/local-stripe/demoTexts'
import { ui } from '../../site/i18n'
import { pdfDocument } from '../integration/support/documents'
import { axeViolations } from './support/axe'
import { emailTo } from './support/mailCatcher'

/**
 * WCAG 2.2 AA (what axe-core can find) in the states a visitor reaches that the sitemap
 * does not list: the pages after a payment, a form or a wrong address, the root language
 * chooser, the demo payment page, each form with its error summary showing (in the page
 * with script, and on the CMS's retry page without), the opened pledge form, the
 * confirmations, and a self-service page. Each test gathers every state's problems and
 * fails once at the end, so that one report lists them all. The words are the site's own
 * (site/i18n), so that the test follows their wording.
 */
const pdf = { name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfDocument()) }
const unique = (who: string) => `${who}.a11y.${Date.now()}@example.be`
const need = (page: Page, name: string) => page.locator('li.need', { has: page.getByRole('heading', { level: 3, name, exact: true }) })
const donateForm = (page: Page) => page.locator('form.donate-form')

/** Waits until an island's form has hydrated: before that, a submit would send it without script. */
async function hydrated(page: Page, form: Locator) {
  await form.scrollIntoViewIfNeeded()
  await expect(page.locator('astro-island', { has: form })).not.toHaveAttribute('ssr', /.*/)
}

test('the pages after a payment, a form or a wrong address, and the root chooser', async ({ page, browser }) => {
  const problems: string[] = []
  // Thanks and "not completed" differ in markup; the two form confirmations and the link-sent page share theirs.
  const pages: [string, number][] = [
    ['/fr/faire-un-don/merci/', 200],
    ['/en/donate/cancelled/', 200],
    ['/nl/vrijwilligerswerk/kandidatuur-ontvangen/', 200],
    ['/en/material-needs/pledge-received/', 200],
    ['/fr/mes-donnees/lien-envoye/', 200],
    ['/nl/bestaat-niet/', 404],
    ['/fr/introuvable/', 404],
    ['/en/does-not-exist/', 404],
    ['/no-such-page/', 404],
  ]
  for (const [path, status] of pages) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(status)
    problems.push(...(await axeViolations(page, path)))
  }
  problems.push(...(await rootChooserProblems(browser)))
  expect(problems).toEqual([])
})

/** The root stays on its chooser only for a browser that prefers none of the site's languages. */
async function rootChooserProblems(browser: Browser): Promise<string[]> {
  const context = await browser.newContext({ locale: 'de-DE' })
  try {
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.getByRole('link', { name: 'Français' })).toBeVisible()
    return await axeViolations(page, 'root chooser')
  } finally {
    await context.close()
  }
}

test('a gift with script: the error summary, the demo payment page, the thank-you page', async ({ page }) => {
  const t = ui('en').donate
  const problems: string[] = []
  await page.goto('/en/donate/')
  await hydrated(page, donateForm(page))
  await donateForm(page).getByLabel(t.otherAmount).first().check()
  await page.locator('#amountCents').fill('2')
  await donateForm(page).getByLabel(t.email).fill('not-an-email')
  await page.getByRole('button', { name: t.submit }).click()
  await expect(donateForm(page).getByRole('alert')).toBeFocused()
  problems.push(...(await axeViolations(page, 'donate form with errors')))

  await page.locator('#amountCents').fill('25')
  await donateForm(page).getByLabel(t.name, { exact: true }).fill('Robin Axe')
  await donateForm(page).getByLabel(t.email).fill(unique('robin'))
  await page.getByRole('button', { name: t.submit }).click()
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  problems.push(...(await axeViolations(page, 'demo payment page')))

  await page.getByRole('button', { name: demoTexts.en.pay }).click()
  await expect(page).toHaveURL(/\/en\/donate\/thank-you\/\?session_id=cs_/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.thanksTitle)
  problems.push(...(await axeViolations(page, 'thank-you page after paying')))

  // The demo payment page's "not completed" way back, and the page it leads to.
  await page.goto('/en/donate/')
  await hydrated(page, donateForm(page))
  await donateForm(page).getByLabel(t.name, { exact: true }).fill('Robin Axe')
  await donateForm(page).getByLabel(t.email).fill(unique('robin.cancel'))
  await page.getByRole('button', { name: t.submit }).click()
  await page.getByRole('button', { name: demoTexts.en.cancel }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.cancelledTitle)
  problems.push(...(await axeViolations(page, 'cancelled page after the payment page')))
  expect(problems).toEqual([])
})

test('an application with script: the error summary, then the confirmation', async ({ page }) => {
  test.setTimeout(90_000)
  const f = ui('en').volunteer.form
  const problems: string[] = []
  await page.goto('/en/volunteering/accredited-visitor/')
  const form = page.locator('form.application-form')
  await hydrated(page, form)
  await page.getByRole('button', { name: f.submit }).click()
  await expect(form.getByRole('alert')).toBeFocused()
  problems.push(...(await axeViolations(page, 'application form with errors')))

  await page.getByLabel(f.name).fill('Robin Axe')
  await page.getByLabel(f.email).fill(unique('applicant'))
  await page.getByLabel(f.phone).fill('+32 470 12 34 56')
  await page.getByLabel(f.town).fill('1000')
  await page.getByLabel(`${f.language} 1`).fill('English')
  await page.getByLabel(f.hoursPerWeek).fill('8')
  await page.getByLabel(f.cv).setInputFiles(pdf)
  await page.getByLabel(f.motivation).fill('I would like to visit people in detention.')
  await page.getByLabel(consentLabel()).check()
  await page.getByRole('button', { name: f.submit }).click()
  const sent = page.locator('.application-sent')
  await expect(sent.locator('.application-sent__reference')).toHaveText(/^V-[0-9A-Z]{8}$/, { timeout: 60_000 })
  await expect(sent).toBeFocused()
  problems.push(...(await axeViolations(page, 'application sent')))
  expect(problems).toEqual([])
})

/** The consent's words up to the organisation's name, which comes from the CMS. */
const consentLabel = () => ui('en').volunteer.form.consent.split('{organisation}')[0]

test('a pledge with script: the opened form, its error summary, the confirmation, and the self-service page', async ({ page }) => {
  const n = ui('en').needs
  const problems: string[] = []
  await page.goto('/en/material-needs/')
  await expect(page.locator('li.need astro-island[ssr]')).toHaveCount(0)
  const hygiene = need(page, 'Hygiene products')
  await hygiene.getByRole('button', { name: n.open }).click()
  await expect(hygiene.getByLabel(n.quantity)).toBeVisible()
  problems.push(...(await axeViolations(page, 'opened pledge form')))

  await hygiene.getByLabel(n.quantity).fill('0')
  await hygiene.getByRole('button', { name: n.submit, exact: true }).click()
  await expect(hygiene.getByRole('alert')).toBeFocused()
  problems.push(...(await axeViolations(page, 'pledge form with errors')))

  const address = unique('giver')
  await hygiene.getByLabel(n.quantity).fill('1')
  await hygiene.getByLabel(n.name, { exact: true }).fill('Robin Axe')
  await hygiene.getByLabel(n.email).fill(address)
  await hygiene.getByLabel(n.consent).check()
  await hygiene.getByRole('button', { name: n.submit, exact: true }).click()
  await expect(hygiene.getByRole('status')).toBeFocused()
  problems.push(...(await axeViolations(page, 'pledge confirmed')))

  // The personal link in the confirmation email opens the giver's self-service page.
  const email = await emailTo(address)
  const link = /https?:\/\/\S+\/api\/self-service\/[A-Za-z0-9._-]+/.exec(email.text ?? '')
  expect(link, 'a personal link in the email').not.toBeNull()
  await page.goto(link![0])
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  problems.push(...(await axeViolations(page, 'self-service page of a pledge')))
  // A link that is not (or no longer) valid gets a page of its own.
  await page.goto(`${cmsUrl}/api/self-service/not-a-valid-link`)
  problems.push(...(await axeViolations(page, 'self-service page of a refused link')))
  expect(problems).toEqual([])
})

test('without script: the CMS retry page of each form, and the page of a retry no longer there', async ({ browser, page }) => {
  const problems: string[] = []
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const noScript = await context.newPage()
    const retryPages: [string, string][] = []

    const d = ui('fr').donate
    await noScript.goto('/fr/faire-un-don/')
    await donateForm(noScript).getByLabel(d.email).fill('pas-une-adresse')
    await noScript.getByRole('button', { name: d.submit }).click()
    retryPages.push(['donate retry page', await retryUrl(noScript)])

    const f = ui('nl').volunteer.form
    await noScript.goto('/nl/vrijwilligerswerk/geaccrediteerde-bezoeker/')
    await noScript.getByLabel(f.email).fill('geen-adres')
    await noScript.getByRole('button', { name: f.submit }).click()
    retryPages.push(['application retry page', await retryUrl(noScript)])

    const n = ui('en').needs
    await noScript.goto('/en/material-needs/')
    await need(noScript, 'Cleaning products').getByRole('button', { name: n.submit, exact: true }).click()
    retryPages.push(['pledge retry page', await retryUrl(noScript)])

    // The retry pages carry no script at all (their security policy allows none), so they are
    // the same page with script on; axe runs its script there, each page opened a second time.
    for (const [label, url] of retryPages) {
      await page.goto(url)
      await expect(page.getByRole('alert')).toBeVisible()
      problems.push(...(await axeViolations(page, label)))
    }
  } finally {
    await context.close()
  }
  const response = await page.goto(`${cmsUrl}/api/forms/retry/${'x'.repeat(43)}`)
  expect(response?.status()).toBe(404)
  problems.push(...(await axeViolations(page, 'retry page no longer there')))
  expect(problems).toEqual([])
})

/** The CMS's retry page the browser was sent to: its summary of what is wrong has the focus (autofocus, no script needed). */
async function retryUrl(page: Page): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/forms/retry/[A-Za-z0-9_-]{43}$`))
  await expect(page.getByRole('alert')).toBeFocused()
  return page.url()
}
