import { expect, test } from '@playwright/test'
import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { cmsUrl } from '../../playwright.config'

/**
 * The admin's dashboard says what needs doing, in the reader's language: a volunteer
 * coordinator who reads the admin in French signs in and finds the application just
 * sent (through the public API, as the role page's form sends it) on the dashboard,
 * told apart as an Up Together host, without the finance team's figures.
 */
async function hostSignUp(name: string): Promise<string> {
  const roles = (await (await fetch(`${cmsUrl}/api/volunteer-roles?where[slug][equals]=up-together-host&locale=en&depth=0`)).json()) as { docs: { id: number }[] }
  const challenge = await (await fetch(`${cmsUrl}/api/volunteer-applications/challenge`)).json()
  const solution = await solveChallenge({ challenge, deriveKey })
  const form = new FormData()
  const fields: Record<string, string> = {
    role: String(roles.docs[0]!.id),
    track: 'hosting',
    locale: 'fr',
    name,
    email: 'famille.dashboard@example.org',
    phone: '+32 470 12 34 56',
    preferredLanguage: 'fr',
    town: 'Namur',
    region: 'Namur',
    household: 'Un couple',
    spareRoom: 'yes',
    hostingPeriod: 'Dès mars',
    motivation: 'Nous avons une chambre libre.',
    consent: 'true',
    altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'),
  }
  for (const [field, value] of Object.entries(fields)) form.append(field, value)
  const response = await fetch(`${cmsUrl}/api/volunteer-applications`, { method: 'POST', body: form })
  const body = (await response.json()) as { reference?: string; errors?: unknown }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return body.reference!
}

test('a coordinator reading the admin in French sees the new application on the dashboard', async ({ page, context }) => {
  const name = `Famille Tableau ${Date.now().toString(36)}`
  await hostSignUp(name)

  // Payload keeps each user's choice of admin language in this cookie (the account page's language menu sets it).
  await context.addCookies([{ name: 'payload-lng', value: 'fr', url: cmsUrl }])
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill('coordinator@example.com')
  await page.locator('#field-password').fill('local-only-password')
  await page.locator('form button[type="submit"]').click()

  const dashboard = page.locator('.what-needs-doing')
  await expect(dashboard.getByRole('heading', { name: 'Ce qu’il y a à faire' })).toBeVisible({ timeout: 60_000 })
  const applications = dashboard.locator('section[data-dashboard="applications"]')
  await expect(applications.getByRole('heading', { name: 'Candidatures de bénévoles' })).toBeVisible()
  const line = applications.getByRole('listitem').filter({ hasText: name })
  await expect(line).toContainText('Famille d’accueil (Up Together)')
  await expect(applications.getByRole('link', { name: /^Nouvelle : \d+$/ })).toBeVisible()
  // Settings a flow needs, for everyone: the seed sets no contact address.
  await expect(dashboard.locator('section[data-dashboard="settings"]')).toContainText('L’adresse de contact « Up Together (familles d’accueil) » est vide.')
  // The coordinator's dashboard carries nothing of the other roles'.
  await expect(dashboard.locator('section[data-dashboard="finance"], section[data-dashboard="pledges"], section[data-dashboard="content"]')).toHaveCount(0)

  await line.getByRole('link', { name }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/volunteer-applications\/\d+/)
  await expect(page.locator('#field-name')).toHaveValue(name)
})
