import { expect, type Page, test } from '@playwright/test'
import { cmsUrl } from '../../playwright.config'
import { docxDocument, pdfDocument } from '../integration/support/documents'
import { solvedProof } from '../integration/support/volunteering'
import { emailTo } from './support/mailCatcher'

/**
 * Self-service from the mail catcher, as people would: an applicant opens the personal
 * link in their confirmation email, replaces their CV and withdraws; a donor who gave in
 * demo mode opens the link in the thank-you email and downloads their data.
 */
const linkIn = (email: { text?: string }) => {
  const match = /https?:\/\/\S+\/api\/self-service\/[A-Za-z0-9._-]+/.exec(email.text ?? '')
  expect(match, 'a personal link in the email').not.toBeNull()
  return match![0]
}

test('an applicant follows the link in the confirmation email, replaces the CV and withdraws', async ({ page }) => {
  const roles = (await (await fetch(`${cmsUrl}/api/volunteer-roles?where[slug][equals]=accredited-visitor&locale=en&depth=0`)).json()) as { docs: { id: number }[] }
  const address = `applicant.selfservice.${Date.now()}@example.org`
  const form = new FormData()
  const fields: Record<string, string> = {
    role: String(roles.docs[0]!.id), track: 'standard', locale: 'en', name: 'Sam Selfservice', email: address, phone: '+32 470 00 11 22', preferredLanguage: 'en', town: '1000',
    'languages.0.language': 'English', 'languages.0.level': 'native', centres: 'merksplas', hoursPerWeek: '8', motivation: 'I would like to visit people in detention.', consent: 'true',
    altcha: await solvedProof(cmsUrl),
  }
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  form.append('cv', new File([new Uint8Array(pdfDocument())], 'first-cv.pdf', { type: 'application/pdf' }))
  const applied = await fetch(`${cmsUrl}/api/volunteer-applications`, { method: 'POST', body: form })
  expect(applied.status).toBe(201)

  const email = await emailTo(address)
  const link = linkIn(email)
  const response = await page.goto(link)
  expect(response?.headers()['cache-control']).toContain('no-store')
  expect(response?.headers()['referrer-policy']).toBe('no-referrer')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Your application' })).toBeVisible()
  await expect(page.getByText('Now: first-cv.pdf')).toBeVisible()

  await page.getByLabel('New CV').setInputFiles({ name: 'Better CV.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docxDocument()) })
  await page.getByRole('button', { name: 'Replace my CV' }).click()
  await expect(page.getByRole('status')).toHaveText('Your new CV has been saved and the old one erased.')
  await expect(page.getByText('Now: Better CV.docx')).toBeVisible()

  await page.getByRole('button', { name: 'Withdraw my application' }).click()
  await expect(page.getByRole('status')).toContainText('Your application has been withdrawn.')
  await expect(page.locator('dd').filter({ hasText: 'Withdrawn' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Withdraw my application' })).toHaveCount(0)
})

/** The donate form itself: the bank-transfer form beside it asks for a name and an email too. */
const donateForm = (page: Page) => page.locator('form.donate-form')

test('a donor opens the link in the thank-you email and downloads their data', async ({ page }) => {
  const address = `donor.selfservice.${Date.now()}@example.be`
  await page.goto('/en/donate/')
  await donateForm(page).getByLabel('€50').check()
  await donateForm(page).getByLabel('Name', { exact: true }).fill('Dana Donor')
  await donateForm(page).getByLabel('Email address').fill(address)
  await page.getByRole('button', { name: /continue to payment/i }).click()
  await page.getByRole('button', { name: /pay \(demo\)/i }).click()
  await expect(page).toHaveURL(/\/en\/donate\/thank-you\//)

  const email = await emailTo(address)
  await page.goto(linkIn(email))
  await expect(page.getByRole('heading', { level: 1, name: 'Your gifts' })).toBeVisible()
  await expect(page.getByRole('cell', { name: '€50.00' })).toBeVisible()

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download (ZIP)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.zip$/)
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const zip = Buffer.concat(chunks)
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK')
  expect(zip.includes(Buffer.from('data.json'))).toBe(true)
})

test('a goods giver asks for a new link on “my details” and it comes by email, sent by the running server’s jobs queue', async ({ page }) => {
  const address = `giver.newlink.${Date.now()}@example.org`
  const needs = (await (await fetch(`${cmsUrl}/api/needs`)).json()) as { docs: { id: number; status: string }[] }
  const need = needs.docs.find((doc) => doc.status === 'open')!
  const pledged = await fetch(`${cmsUrl}/api/pledges`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ need: need.id, quantity: 1, name: 'Greet Gever', email: address, consent: true, locale: 'fr' }) })
  expect(pledged.status).toBe(201)
  const first = linkIn(await emailTo(address))

  await page.goto('/fr/mes-donnees/')
  await page.getByLabel('Votre adresse e-mail').fill(address)
  await page.getByRole('button', { name: 'Envoyez-moi mes liens' }).click()
  await expect(page).toHaveURL(/\/fr\/mes-donnees\/lien-envoye\/$/)

  // Looked up and sent after the answer, by the job the CMS server runs every few seconds.
  const fresh = linkIn(await emailTo(address, { subject: /Votre lien personnel/ }))
  expect(fresh).not.toBe(first)
  await page.goto(fresh)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  expect((await page.goto(first))?.status()).toBe(410)
})
