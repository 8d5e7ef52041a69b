import { expect, type Page, test } from '@playwright/test'
import { emailTo } from './support/mailCatcher'

/**
 * The wishlist as a giver uses it, in Dutch and in English: the needs are in the static
 * page, shown as wanted without a count while staff have set no quantity (the seed sets
 * none: its source gives no numbers), a pledge shows up live and for the next visitor
 * too without ever saying all is pledged, bad input is answered in the page's language,
 * and the confirmation email arrives.
 */
/** The needs' islands hydrate when the browser is idle; a click before that has nothing to open. */
async function hydrated(page: Page) {
  await expect(page.locator('li.need astro-island[ssr]')).toHaveCount(0)
}

const need = (page: Page, name: string) => page.locator('li.need', { has: page.getByRole('heading', { level: 3, name, exact: true }) })

test('the needs are in the static HTML, wanted without a placeholder count', async ({ request }) => {
  const html = await (await request.get('/nl/materiaal/')).text()
  for (const name of ['Laptops', 'Computers', 'Hygiëneproducten', 'Onderhoudsproducten']) expect(html).toContain(`>${name}</h3>`)
  // What the page shows (the islands' props carry every string, so the rendered elements are checked).
  expect(html.match(/<li class="need-figures__wanted">Gezocht<\/li>/g)).toHaveLength(4)
  expect(html).not.toMatch(/<li[^>]*>(Nodig|Nog gezocht): /)
  // The lines that replace the button are kept invisible in its cell (no shift when live figures differ); none is current.
  expect(html).not.toMatch(/<p class="need-state[^"]*" data-current="true">/)
  expect(html).toContain('Ik kan dit geven')
})

test('a pledge in Dutch: the count goes down and the confirmation email arrives', async ({ page }) => {
  await page.goto('/nl/materiaal/')
  await hydrated(page)
  const laptops = need(page, 'Laptops')
  await expect(laptops.getByText('Gezocht', { exact: true })).toBeVisible()
  await laptops.getByRole('button', { name: 'Ik kan dit geven' }).click()
  await expect(laptops.getByText('Elk stuk helpt.')).toBeVisible()
  await laptops.getByLabel('Hoeveel breng je?').fill('2')
  await laptops.getByLabel('Naam', { exact: true }).fill('Jan Peeters')
  await laptops.getByLabel('E-mailadres').fill('jan.wishlist@example.be')
  await laptops.getByLabel('Ik ga ermee akkoord').check()
  await laptops.getByRole('button', { name: 'Toezeggen', exact: true }).click()

  const thanks = laptops.getByRole('status')
  await expect(thanks).toContainText(/Je referentie is P-[2-9A-Z]{8}/)
  await expect(thanks).toBeFocused()
  await expect(laptops.getByText('Toegezegd: 2')).toBeVisible()
  // Still wanted: without a quantity there is no "everything is pledged", and others may pledge too.
  await expect(laptops.getByText('Gezocht', { exact: true })).toBeVisible()
  await expect(laptops.getByRole('button', { name: 'Nog meer toezeggen' })).toBeVisible()
  const reference = (await thanks.textContent())!.match(/P-[2-9A-Z]{8}/)![0]

  // The next visitor gets the static page of the build, brought up to date from the API.
  await page.reload()
  await expect(need(page, 'Laptops').getByText('Toegezegd: 2')).toBeVisible()
  await expect(need(page, 'Laptops').getByText('Gezocht', { exact: true })).toBeVisible()
  await expect(need(page, 'Laptops').getByText('Alles wat nodig is, is toegezegd. Dank je wel!')).toHaveCount(0)
  await expect(need(page, 'Laptops').getByRole('button', { name: 'Ik kan dit geven' })).toBeVisible()

  const email = await emailTo('jan.wishlist@example.be')
  expect(email.subject).toBe('Bedankt voor je toezegging')
  expect(email.html).toContain('lang="nl"')
  expect(email.text).toContain(reference)
  expect(email.text).toContain('2 × Laptops')
  expect(email.text).toContain('Maurice Liétartstraat 31/9')
})

test('a pledge in English, after bad input answered in English', async ({ page }) => {
  await page.goto('/en/material-needs/')
  await hydrated(page)
  const computers = need(page, 'Computers')
  await computers.getByRole('button', { name: 'I can give this' }).click()
  await computers.getByLabel('How many will you bring?').fill('0')
  await computers.getByLabel('Message (optional)').fill('<script>alert(1)</script>')
  await computers.getByRole('button', { name: 'Pledge', exact: true }).click()

  const summary = computers.getByRole('alert')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter a whole number, at least 1.')
  await expect(summary).toContainText('Please write plain text, without HTML code.')
  await expect(summary).toContainText('Without your consent we cannot process this.')
  await expect(computers.getByLabel('How many will you bring?')).toHaveAttribute('aria-invalid', 'true')

  await computers.getByLabel('How many will you bring?').fill('1')
  await computers.getByLabel('Message (optional)').fill('A desktop with screen.')
  await computers.getByLabel('Name', { exact: true }).fill('Sam Jones')
  await computers.getByLabel('Email address').fill('sam.wishlist@example.be')
  await computers.getByLabel('I agree that my details').check()
  await computers.getByRole('button', { name: 'Pledge', exact: true }).click()
  await expect(computers.getByRole('status')).toContainText(/Your reference is P-/)
  await expect(computers.getByText('Wanted', { exact: true })).toBeVisible()
  await expect(computers.getByText(/Pledged: [1-9]/)).toBeVisible()

  const email = await emailTo('sam.wishlist@example.be')
  expect(email.subject).toBe('Thank you for your pledge')
  expect(email.html).toContain('lang="en"')
  expect(email.text).toContain('Please call us first')
})
