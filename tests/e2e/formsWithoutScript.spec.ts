import { expect, type Locator, type Page, test } from '@playwright/test'
import { formMessage } from '../../domain/forms/errors'
import { formMessages } from '../../domain/forms/messages'
import type { Locale } from '../../domain/locales'
import { formatEuroCents } from '../../domain/money'
import { cmsUrl } from '../../playwright.config'
import { demoTexts } from '../../scripts/local-stripe/demoTexts'
import { format, ui } from '../../site/i18n'
import { pdfDocument } from '../integration/support/documents'
import { emailTo } from './support/mailCatcher'

/**
 * Giving, applying and pledging with JavaScript switched off: the forms are plain HTML
 * forms posted to the CMS, which answers with a redirect — to the (demo) payment page, to
 * the site's confirmation page, or back to the form on a page it renders itself, in the
 * visitor's language, with what they typed and what is wrong. Each flow in another
 * language, each ending with the email in the mail catcher. The words are the site's own
 * (site/i18n, domain/forms/messages.ts), so that the test follows their wording.
 */
test.use({ javaScriptEnabled: false })

// A small PDF that really parses as one, as the server checks.
const pdf = { name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfDocument()) }
const retryPage = new RegExp(`^${cmsUrl}/api/forms/retry/[A-Za-z0-9_-]{43}$`)
const unique = (who: string) => `${who}.noscript.${Date.now()}@example.be`
const need = (page: Page, name: string) => page.locator('li.need', { has: page.getByRole('heading', { level: 3, name, exact: true }) })

/** On the CMS's retry page: in the visitor's language, its summary listing each problem. */
async function expectErrors(page: Page, locale: Locale, messages: string[]) {
  await expect(page).toHaveURL(retryPage)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(locale).formRetry.title)
  const summary = page.getByRole('alert')
  for (const message of messages) await expect(summary).toContainText(message)
}

async function payOnDemoPage(page: Page, locale: Locale) {
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await page.getByRole('button', { name: demoTexts[locale].pay }).click()
}

/** The donate form itself: the bank-transfer form beside it asks for a name and an email too. */
const donateForm = (page: Page) => page.locator('form.donate-form')

async function expectEmail(address: string, locale: Locale) {
  const email = await emailTo(address)
  expect(email.html).toContain(`lang="${locale}"`)
  return email
}

test('a gift in French: the form posts itself, the demo payment page, the thank-you page and the email', async ({ page }) => {
  const t = ui('fr').donate
  const address = unique('marie')
  await page.goto('/fr/faire-un-don/')
  await donateForm(page).getByLabel('50 €').check()
  await donateForm(page).getByLabel(t.name, { exact: true }).fill('Marie Dubois')
  await donateForm(page).getByLabel(t.email).fill(address)
  await page.getByRole('button', { name: t.submit }).click()

  await expect(page.getByTestId('amount')).toHaveText(/50,00\s€/)
  await payOnDemoPage(page, 'fr')
  await expect(page).toHaveURL(/\/fr\/faire-un-don\/merci\/\?session_id=cs_/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.thanksTitle)
  await expectEmail(address, 'fr')
})

test('a gift in English after bad input: back to the form with the errors, what was typed kept', async ({ page }) => {
  const t = ui('en').donate
  const address = unique('sam')
  await page.goto('/en/donate/')
  await donateForm(page).getByLabel(t.otherAmount).first().check()
  // Shown without script too, by CSS alone, once "other" is chosen.
  await expect(page.locator('#amountCents')).toBeVisible()
  await page.locator('#amountCents').fill('2')
  await donateForm(page).getByLabel(t.name, { exact: true }).fill('Sam <Jones>')
  await donateForm(page).getByLabel(t.email).fill('not-an-email')
  await page.getByRole('button', { name: t.submit }).click()

  await expectErrors(page, 'en', [formMessage('amountTooSmall', 'en', { min: formatEuroCents(500, 'en') }), formMessages.en.email, formMessages.en.noMarkup])
  await expect(page.locator('#amountCents')).toHaveValue('2')
  await expect(donateForm(page).getByLabel(t.name, { exact: true })).toHaveValue('Sam <Jones>')
  await expect(donateForm(page).getByLabel(t.email)).toHaveValue('not-an-email')
  await expect(donateForm(page).getByLabel(t.email)).toHaveAttribute('aria-invalid', 'true')

  await page.locator('#amountCents').fill('20')
  await donateForm(page).getByLabel(t.name, { exact: true }).fill('Sam Jones')
  await donateForm(page).getByLabel(t.email).fill(address)
  await page.getByRole('button', { name: t.submit }).click()
  await payOnDemoPage(page, 'en')
  await expect(page).toHaveURL(/\/en\/donate\/thank-you\/\?session_id=cs_/)
  await expectEmail(address, 'en')
})

/** The application form of a visiting role, filled in with the labels of the page's language. */
async function apply(page: Page, locale: Locale, values: { email: string; language: string; consent: boolean }) {
  const f = ui(locale).volunteer.form
  await page.getByLabel(f.name).fill('Test Kandidaat')
  await page.getByLabel(f.email).fill(values.email)
  await page.getByLabel(f.phone).fill('+32 470 12 34 56')
  await page.getByLabel(f.town).fill('1000')
  await page.getByLabel(`${f.language} 1`).fill(values.language)
  await page.getByLabel(f.hoursPerWeek).fill('8')
  await page.getByLabel(f.cv).setInputFiles(pdf)
  await page.getByLabel(f.motivation).fill('Bezoeken, visites, visits.')
  if (values.consent) await page.getByLabel(consentLabel(locale)).check()
  await page.getByRole('button', { name: f.submit }).click()
}

/** The consent's words up to the organisation's name, which comes from the CMS. */
const consentLabel = (locale: Locale) => ui(locale).volunteer.form.consent.split('{organisation}')[0]

test('an application in Dutch with a PDF CV: the confirmation page and the email', async ({ page }) => {
  const address = unique('kandidaat')
  await page.goto('/nl/vrijwilligerswerk/geaccrediteerde-bezoeker/')
  await apply(page, 'nl', { email: address, language: 'Nederlands', consent: true })
  await expect(page).toHaveURL(/\/nl\/vrijwilligerswerk\/kandidatuur-ontvangen\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('nl').volunteer.form.thanksHeading)
  expect((await expectEmail(address, 'nl')).text).toMatch(/V-[0-9A-Z]{8}/)
})

test('an application in French after bad input: the errors in French, the CV to choose again', async ({ page }) => {
  const f = ui('fr').volunteer.form
  const address = unique('candidat')
  await page.goto('/fr/benevolat/visiteur-accredite/')
  await apply(page, 'fr', { email: 'pas-une-adresse', language: 'Français', consent: false })

  await expectErrors(page, 'fr', [formMessages.fr.email, formMessages.fr.consentRequired])
  await expect(page.getByLabel(f.name)).toHaveValue('Test Kandidaat')
  await expect(page.getByLabel(f.motivation)).toHaveValue('Bezoeken, visites, visits.')
  await expect(page.getByLabel(f.cv)).toHaveAccessibleDescription(new RegExp(f.chooseFileAgain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))

  await page.getByLabel(f.email).fill(address)
  await page.getByLabel(f.cv).setInputFiles(pdf)
  await page.getByLabel(consentLabel('fr')).check()
  await page.getByRole('button', { name: f.submit }).click()
  await expect(page).toHaveURL(/\/fr\/benevolat\/candidature-recue\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.thanksHeading)
  await expectEmail(address, 'fr')
})

/** A need's pledge form: the one in <noscript> on the wishlist, or the retry page's. */
async function pledge(scope: Locator | Page, locale: Locale, values: { quantity: string; name: string; email: string; consent: boolean }) {
  const n = ui(locale).needs
  await scope.getByLabel(n.quantity).fill(values.quantity)
  await scope.getByLabel(n.name, { exact: true }).fill(values.name)
  await scope.getByLabel(n.email).fill(values.email)
  if (values.consent) await scope.getByLabel(n.consent).check()
  await scope.getByRole('button', { name: n.submit, exact: true }).click()
}

test('a pledge in English from the form each need has without script: the confirmation page and the email', async ({ page }) => {
  const address = unique('giver')
  await page.goto('/en/material-needs/')
  await pledge(need(page, 'Hygiene products'), 'en', { quantity: '1', name: 'Alex Martin', email: address, consent: true })
  await expect(page).toHaveURL(/\/en\/material-needs\/pledge-received\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en').needs.receivedTitle)
  expect((await expectEmail(address, 'en')).text).toContain('Hygiene products')
})

test('a pledge in Dutch after bad input: the errors in Dutch, what was typed kept as text', async ({ page }) => {
  const n = ui('nl').needs
  const address = unique('jan')
  await page.goto('/nl/materiaal/')
  await pledge(need(page, 'Onderhoudsproducten'), 'nl', { quantity: '1', name: '<b>Jan</b>', email: 'jan@', consent: false })

  await expectErrors(page, 'nl', [formMessages.nl.noMarkup, formMessages.nl.email, formMessages.nl.consentRequired])
  await expect(page.getByRole('heading', { level: 2, name: format(n.formHeading, { name: 'Onderhoudsproducten' }) })).toBeVisible()
  await expect(page.getByLabel(n.name, { exact: true })).toHaveValue('<b>Jan</b>')
  await expect(page.getByLabel(n.quantity)).toHaveValue('1')

  await pledge(page, 'nl', { quantity: '1', name: 'Jan Peeters', email: address, consent: true })
  await expect(page).toHaveURL(/\/nl\/materiaal\/toezegging-ontvangen\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(n.receivedTitle)
  await expectEmail(address, 'nl')
})
