import { expect, type Locator, type Page, test } from '@playwright/test'
import { formMessage } from '../../domain/forms/errors'
import { formMessages } from '../../domain/forms/messages'
import { formatEuroCents } from '../../domain/money'
import { demoTexts } from '../../scripts/local-stripe/demoTexts'
import { ui } from '../../site/i18n'
import { pdfDocument } from '../integration/support/documents'

/**
 * Giving, applying with a file, pledging and switching language with the keyboard alone,
 * script on: only Tab, Shift+Tab, arrow keys, Space and Enter move and choose, and text is
 * typed into whatever has the focus (page.keyboard; no click, no fill). A bad submit must
 * put the focus on the error summary and a good one on the confirmation, and both must be
 * announced: the summary is an alert, a confirmation in the page a status (live) region.
 * The words are the site's own (site/i18n).
 */
const pdf = { name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfDocument()) }
const unique = (who: string) => `${who}.keyboard.${Date.now()}@example.be`

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement)

/** Presses Tab (Shift+Tab going back) until the target has the focus, as someone on a keyboard gets there. */
async function tabTo(page: Page, target: Locator, { back = false, most = 120 } = {}) {
  for (let i = 0; i < most && !(await isFocused(target)); i++) await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  await expect(target).toBeFocused()
}

/** Types into the focused field, replacing what it held. */
async function typeOver(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

/** Presses an arrow key in a radio group until the wanted button is focused, which also chooses it. */
async function arrowTo(page: Page, radio: Locator) {
  for (let i = 0; i < 12 && !(await isFocused(radio)); i++) await page.keyboard.press('ArrowDown')
  await expect(radio).toBeFocused()
  await expect(radio).toBeChecked()
}

/** Waits until an island's form has hydrated (it does when it scrolls into view): before that, Enter would send it without script. */
async function hydrated(page: Page, form: Locator) {
  await expect(page.locator('astro-island', { has: form })).not.toHaveAttribute('ssr', /.*/)
}

/** The error summary: focused, announced as an alert, and listing each message. */
async function expectSummary(summary: Locator, messages: string[]) {
  await expect(summary).toBeFocused()
  await expect(summary).toHaveAttribute('role', 'alert')
  for (const message of messages) await expect(summary).toContainText(message)
}

test('giving by keyboard: errors, the demo payment page, the thank-you page', async ({ page }) => {
  const t = ui('en').donate
  const form = page.locator('form.donate-form')
  await page.goto('/en/donate/')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: ui('en').layout.skipToContent })).toBeFocused()

  // The frequency stays "once"; in the amounts, the arrow keys go on to "other".
  await tabTo(page, page.locator('#frequency-once'))
  await hydrated(page, form)
  await page.keyboard.press('Tab')
  await arrowTo(page, page.locator('#amount-other'))
  await page.keyboard.press('Tab')
  await expect(page.locator('#amountCents')).toBeFocused()
  await page.keyboard.type('2')
  // The name is passed over, left empty.
  await tabTo(page, page.locator('#email'))
  await page.keyboard.type('not-an-email')
  await tabTo(page, form.getByRole('button', { name: t.submit }))
  await page.keyboard.press('Enter')
  await expectSummary(form.locator('.error-summary'), [formMessage('amountTooSmall', 'en', { min: formatEuroCents(500, 'en') }), formMessages.en.required, formMessages.en.email])
  await expect(page.locator('#email')).toHaveAttribute('aria-invalid', 'true')

  await tabTo(page, page.locator('#amountCents'))
  await typeOver(page, '20')
  await expect(page.locator('#amountCents')).toHaveValue('20')
  await tabTo(page, page.locator('#email'))
  const address = unique('kim')
  await typeOver(page, address)
  await tabTo(page, page.locator('#name'), { back: true })
  await page.keyboard.type('Kim Keyboard')
  await tabTo(page, form.getByRole('button', { name: t.submit }))
  await page.keyboard.press('Enter')

  // The demo payment page: the address comes with the gift; Tab on to "Pay (demo)".
  await expect(page.getByTestId('demo-banner')).toBeVisible()
  await expect(page.locator('#email')).toHaveValue(address)
  await tabTo(page, page.getByRole('button', { name: demoTexts.en.pay }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/donate\/thank-you\/\?session_id=cs_/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.thanksTitle)
})

test('applying with a CV by keyboard: errors, then the confirmation', async ({ page }) => {
  test.setTimeout(90_000)
  const f = ui('en').volunteer.form
  const form = page.locator('form.application-form')
  await page.goto('/en/volunteering/accredited-visitor/')
  await tabTo(page, page.locator('#name'))
  await hydrated(page, form)
  await tabTo(page, form.getByRole('button', { name: f.submit }))
  await page.keyboard.press('Enter')
  await expectSummary(form.locator('.error-summary'), [formMessages.en.required, formMessages.en.consentRequired])
  await expect(page.locator('#email')).toHaveAttribute('aria-invalid', 'true')

  // From the summary, on through the form in its order.
  const fields: [string, string][] = [
    ['#name', 'Kim Keyboard'],
    ['#email', unique('applicant')],
    ['#phone', '+32 470 12 34 56'],
    ['#town', '1000'],
    ['#language-0', 'English'],
  ]
  for (const [selector, text] of fields) {
    await tabTo(page, page.locator(selector))
    await page.keyboard.type(text)
  }
  await tabTo(page, page.locator('#centres'))
  await page.keyboard.press('Space')
  await expect(page.locator('#centres')).toBeChecked()
  await tabTo(page, page.locator('#hoursPerWeek'))
  await page.keyboard.type('8')
  // A file chooser is the system's own dialog, which a test cannot drive: the input is reached
  // with Tab like any other, and Playwright then sets the file on the element that has the focus.
  await tabTo(page, page.locator('#cv'))
  await page.locator('*:focus').setInputFiles(pdf)
  await tabTo(page, page.locator('#motivation'))
  await page.keyboard.type('I would like to visit people in detention.')
  await tabTo(page, page.locator('#consent'))
  await page.keyboard.press('Space')
  await expect(page.locator('#consent')).toBeChecked()
  await tabTo(page, form.getByRole('button', { name: f.submit }))
  await page.keyboard.press('Enter')

  const sent = page.locator('.application-sent')
  await expect(sent.locator('.application-sent__reference')).toHaveText(/^V-[0-9A-Z]{8}$/, { timeout: 60_000 })
  await expect(sent).toBeFocused()
  await expect(sent).toHaveAttribute('role', 'status')
  await expect(sent.getByRole('heading')).toHaveText(f.thanksHeading)
})

test('pledging by keyboard: the form opened, errors, then the confirmation', async ({ page }) => {
  const n = ui('en').needs
  await page.goto('/en/material-needs/')
  // The needs' islands hydrate once the page is idle.
  await expect(page.locator('li.need astro-island[ssr]')).toHaveCount(0)
  const cleaning = page.locator('li.need', { has: page.getByRole('heading', { level: 3, name: 'Cleaning products', exact: true }) })
  const opener = cleaning.getByRole('button', { name: n.open })
  await tabTo(page, opener)
  await page.keyboard.press('Enter')
  await expect(opener).toHaveAttribute('aria-expanded', 'true')

  // The opened form comes next in the tab order.
  await page.keyboard.press('Tab')
  await expect(cleaning.getByLabel(n.quantity)).toBeFocused()
  await typeOver(page, '0')
  await tabTo(page, cleaning.getByRole('button', { name: n.submit, exact: true }))
  await page.keyboard.press('Enter')
  const summary = cleaning.locator('.error-summary')
  await expectSummary(summary, [formMessages.en.quantityWhole, formMessages.en.consentRequired])
  await expect(cleaning.getByLabel(n.quantity)).toHaveAttribute('aria-invalid', 'true')

  await tabTo(page, cleaning.getByLabel(n.quantity))
  await typeOver(page, '1')
  await expect(cleaning.getByLabel(n.quantity)).toHaveValue('1')
  await tabTo(page, cleaning.getByLabel(n.name, { exact: true }))
  await page.keyboard.type('Kim Keyboard')
  await tabTo(page, cleaning.getByLabel(n.email))
  await page.keyboard.type(unique('giver'))
  await tabTo(page, cleaning.getByLabel(n.consent))
  await page.keyboard.press('Space')
  await tabTo(page, cleaning.getByRole('button', { name: n.submit, exact: true }))
  await page.keyboard.press('Enter')

  const thanks = cleaning.locator('.need-thanks')
  await expect(thanks).toBeFocused()
  await expect(thanks).toHaveAttribute('role', 'status')
  await expect(thanks).toContainText(/P-[2-9A-Z]{8}/)
})

test('switching language by keyboard, from the root chooser and from a page', async ({ browser }) => {
  // A browser that prefers none of the site's languages stays on the root's chooser.
  const context = await browser.newContext({ locale: 'de-DE' })
  try {
    const page = await context.newPage()
    await page.goto('/')
    await tabTo(page, page.getByRole('link', { name: 'English' }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/en\/$/)

    await page.goto('/en/donate/')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: ui('en').layout.skipToContent })).toBeFocused()
    await tabTo(page, page.getByRole('navigation', { name: ui('en').layout.languageSwitcher }).getByRole('link', { name: 'Nederlands' }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/nl\/doneren\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')

    // And on to French from there.
    await tabTo(page, page.getByRole('navigation', { name: ui('nl').layout.languageSwitcher }).getByRole('link', { name: 'Français' }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/fr\/faire-un-don\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  } finally {
    await context.close()
  }
})
