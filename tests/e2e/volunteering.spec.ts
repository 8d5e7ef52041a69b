import { expect, type Page, test } from '@playwright/test'
import { cmsUrl, mailUrl } from '../../playwright.config'
import { emailTo } from './support/mailCatcher'
import { pdfDocument } from '../integration/support/documents'

/**
 * A visitor applies to be an accredited visitor with a PDF CV, in two languages: the form
 * in the page, the proof of work, the multipart upload, the reference shown, and both
 * emails (to the applicant, and the notice to the volunteers contact) in the mail catcher.
 */
const coordinatorAddress = 'volunteers.e2e@example.org'

// A small but real PDF: the server accepts a CV only when it parses as one.
const pdf = Buffer.from(pdfDocument())

test.beforeAll(async () => {
  // The volunteers contact is a CMS setting (the seeds name none): set it as an administrator would.
  const login = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.com', password: 'local-only-password' }) })
  const { token } = (await login.json()) as { token: string }
  for (const locale of ['nl', 'fr', 'en']) {
    const response = await fetch(`${cmsUrl}/api/globals/organisation?locale=${locale}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ emails: { volunteers: coordinatorAddress }, _status: 'published' }),
    })
    expect(response.status).toBe(200)
  }
})

async function noticeWith(reference: string) {
  let found: { subject: string; text?: string } | undefined
  await expect
    .poll(
      async () => {
        const emails = (await (await fetch(`${mailUrl}/api/email`)).json()) as { subject: string; text?: string; to: { address: string }[] }[]
        found = emails.find((email) => email.to.some((to) => to.address === coordinatorAddress) && email.text?.includes(reference))
        return Boolean(found)
      },
      { timeout: 90_000, intervals: [1_000] },
    )
    .toBe(true)
  return found!
}

/**
 * The role page's form hydrates when it scrolls into view (client:visible); until then a
 * click sends it without script, which is a flow of its own (formsWithoutScript.spec.ts).
 */
async function enhancedForm(page: Page) {
  await page.locator('form.application-form').scrollIntoViewIfNeeded()
  await expect(page.locator('astro-island:has(form.application-form)')).not.toHaveAttribute('ssr', /.*/)
}

async function apply(page: Page, labels: Record<string, string>, email: string) {
  await enhancedForm(page)
  await page.getByLabel(labels.name).fill('Test Kandidaat')
  await page.getByLabel(labels.email).fill(email)
  await page.getByLabel(labels.phone).fill('+32 470 12 34 56')
  await page.getByLabel(labels.town).fill('1000')
  await page.getByLabel(labels.language).fill(labels.languageValue)
  await page.getByLabel(labels.centre).check()
  await page.getByLabel(labels.hours).fill('8')
  await page.getByLabel(labels.cv).setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: pdf })
  await page.getByLabel(labels.motivation).fill(labels.motivationValue)
  await page.getByLabel(labels.consent).check()
  await page.getByRole('button', { name: labels.submit }).click()
  const reference = page.locator('.application-sent__reference')
  await expect(reference).toHaveText(/^V-[0-9A-Z]{8}$/, { timeout: 60_000 })
  return (await reference.textContent())!
}

test('applying in French: the role list, the role page, the reference and both emails', async ({ page }) => {
  await page.goto('/fr/benevolat/')
  await expect(page.getByRole('heading', { level: 2, name: 'Rôles ouverts' })).toBeVisible()
  // The filter works without script: choosing an office kind hides the visiting roles.
  await page.getByRole('radio', { name: 'Bureau', exact: true }).check()
  await expect(page.getByRole('link', { name: 'Visiteur accrédité' })).toBeHidden()
  await page.getByRole('radio', { name: 'Tous' }).first().check()
  await page.getByRole('link', { name: 'Visiteur accrédité' }).click()
  await expect(page).toHaveURL(/\/fr\/benevolat\/visiteur-accredite\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Visiteur accrédité' })).toBeVisible()

  const address = `candidat.fr.${Date.now()}@example.be`
  const reference = await apply(
    page,
    {
      name: 'Nom complet',
      email: 'Adresse e-mail',
      phone: 'Numéro de téléphone',
      town: 'Commune ou code postal',
      language: 'Langue 1',
      languageValue: 'Français',
      centre: 'Centre fermé de Merksplas',
      hours: 'Nombre d’heures par semaine où vous êtes disponible',
      cv: 'Votre CV',
      motivation: 'Votre motivation',
      motivationValue: 'Je souhaite accompagner les personnes détenues.',
      consent: 'J’accepte que JRS Belgium traite les données de ce formulaire pour traiter ma candidature.',
      submit: 'Envoyer ma candidature',
    },
    address,
  )
  const confirmation = await emailTo(address)
  expect(confirmation.subject).toBe('Nous avons bien reçu votre candidature')
  expect(confirmation.text).toContain(reference)
  expect(confirmation.html).toContain('lang="fr"')
  const notice = await noticeWith(reference)
  expect(notice.subject).toContain('Geaccrediteerde bezoeker')
  expect(notice.text).toMatch(/\/admin\/collections\/volunteer-applications\/\d+/)

  // The coordinator finds it in the admin; the login sets the admin's cookie in this browser.
  const login = await page.request.post(`${cmsUrl}/api/users/login`, { data: { email: 'coordinator@example.com', password: 'local-only-password' } })
  expect(login.ok()).toBe(true)
  await page.goto(`${cmsUrl}/admin/collections/volunteer-applications`)
  await expect(page.getByText(reference)).toBeVisible({ timeout: 60_000 })
})

test('applying in Dutch, and bad input announced in Dutch first', async ({ page }) => {
  await page.goto('/nl/vrijwilligerswerk/geaccrediteerde-bezoeker/')
  await enhancedForm(page)
  await page.getByRole('button', { name: 'Verstuur mijn kandidatuur' }).click()
  const summary = page.getByRole('alert')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Zonder je toestemming kunnen we dit niet verwerken.')
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true')

  const address = `kandidaat.nl.${Date.now()}@example.be`
  const reference = await apply(
    page,
    {
      name: 'Volledige naam',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      town: 'Gemeente of postcode',
      language: 'Taal 1',
      languageValue: 'Nederlands',
      centre: 'Gesloten centrum van Brugge',
      hours: 'Aantal uren per week dat je beschikbaar bent',
      cv: 'Je cv',
      motivation: 'Je motivatie',
      motivationValue: 'Ik wil mensen in detentie bezoeken.',
      consent: 'Ik ga ermee akkoord dat JRS Belgium de gegevens in dit formulier verwerkt om mijn kandidatuur te behandelen.',
      submit: 'Verstuur mijn kandidatuur',
    },
    address,
  )
  const confirmation = await emailTo(address)
  expect(confirmation.subject).toBe('We hebben je kandidatuur ontvangen')
  expect(confirmation.text).toContain(reference)
  await noticeWith(reference)
})
