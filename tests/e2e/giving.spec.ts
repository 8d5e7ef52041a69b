import { expect, type Page, test } from '@playwright/test'
import { cmsUrl } from '../../playwright.config'
import { emailTo } from './support/mailCatcher'

/**
 * Giving in demo mode, as a visitor: the donate form, the (clearly marked) local payment
 * page standing in for Stripe, the thank-you page with the goal moved, and the email.
 */
/** The donate form itself: the bank-transfer form beside it asks for a name and an email too. */
const donateForm = (page: Page) => page.locator('form.donate-form')

async function raisedCents(page: Page): Promise<number> {
  const progress = page.getByTestId('fundraising-progress')
  await expect(progress).toBeVisible()
  return Number(await progress.getAttribute('data-raised-cents'))
}

test('a one-time gift in French: demo payment, thank-you page, goal moved, email received', async ({ page }) => {
  await page.goto('/fr/faire-un-don/')
  // What the CMS counts now: the page's own figure dates from its build, before other tests' gifts.
  const before = ((await (await fetch(`${cmsUrl}/api/donations/progress`)).json()) as { raisedCents: number }).raisedCents
  await expect(page.getByText('Mode démo : aucun paiement réel n’est effectué.')).toBeVisible()

  await donateForm(page).getByLabel('50 €').check()
  await donateForm(page).getByLabel('Nom', { exact: true }).fill('Marie Dubois')
  await donateForm(page).getByLabel('Adresse e-mail').fill('marie.e2e@example.be')
  await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()

  await expect(page.getByText('DÉMO — aucun paiement réel n’est effectué')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByRole('button', { name: 'Payer (démo)' }).click()

  await expect(page).toHaveURL(/\/fr\/faire-un-don\/merci\/\?session_id=cs_/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merci !')
  await expect.poll(() => raisedCents(page)).toBe(before + 5000)

  const email = await emailTo('marie.e2e@example.be')
  expect(email.subject).toMatch(/merci/i)
  expect(email.html).toContain('lang="fr"')
})

test('a monthly gift in Dutch: welcome email with a link to manage it', async ({ page }) => {
  await page.goto('/nl/doneren/')
  await donateForm(page).getByLabel('Maandelijks').check()
  await donateForm(page).getByLabel('€ 10 per maand').check()
  await donateForm(page).getByLabel('Naam', { exact: true }).fill('Jan Peeters')
  await donateForm(page).getByLabel('E-mailadres').fill('jan.e2e@example.be')
  await page.getByRole('button', { name: 'Verder naar betalen' }).click()
  await expect(page.getByText('DEMO — er wordt geen echte betaling uitgevoerd')).toBeVisible()
  await page.getByRole('button', { name: 'Betalen (demo)' }).click()
  await expect(page).toHaveURL(/\/nl\/doneren\/bedankt\//)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dank je wel!')

  const email = await emailTo('jan.e2e@example.be')
  expect(email.html).toContain('lang="nl"')
  expect(email.html).toMatch(/\/api\/monthly-gifts\/portal\?gift=\d+&amp;signature=/)
})

test('bad input is caught in the page, announced, and tied to its fields', async ({ page }) => {
  await page.goto('/en/donate/')
  await donateForm(page).getByLabel('Other amount (€)').first().check()
  await page.locator('#amountCents').fill('2')
  await donateForm(page).getByLabel('Email address').fill('not-an-email')
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  const summary = page.getByRole('alert')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('The amount must be at least €5.00.')
  await expect(summary).toContainText('Please fill in this field.')
  await expect(donateForm(page).getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true')
  await expect(donateForm(page).getByLabel('Email address')).toHaveAccessibleDescription(/Enter a valid email address/)
  await expect(page).toHaveURL(/\/en\/donate\/$/)
})
