import { expect, test } from '@playwright/test'

test('the language switcher leads to the same page in the other language', async ({ page }) => {
  await page.goto('/nl/projecten/')
  // The current language is marked, not a link to itself.
  await expect(page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Nederlands' })).toHaveCount(0)
  const programme = page.locator('.card__link').first()
  await programme.click()
  const dutchPath = new URL(page.url()).pathname
  expect(dutchPath).toMatch(/^\/nl\/projecten\/[a-z0-9-]+\/$/)

  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Français' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  expect(new URL(page.url()).pathname).toMatch(/^\/fr\/projets\/[a-z0-9-]+\/$/)
  const frenchPath = new URL(page.url()).pathname
  await expect(page.locator(`link[rel="alternate"][hreflang="nl-BE"]`)).toHaveAttribute('href', new RegExp(`${dutchPath}$`))

  await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click()
  expect(new URL(page.url()).pathname).toBe(dutchPath)
  expect(frenchPath).not.toBe(dutchPath)
})

test('the switcher can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/en/')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  const french = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' })
  for (let i = 0; i < 10 && !(await french.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(french).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/fr\/$/)
})

for (const [browserLocale, expected] of [['fr-BE', '/fr/'], ['nl-BE', '/nl/'], ['en-GB', '/en/']] as const) {
  test(`the root sends a ${browserLocale} browser to ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(new RegExp(`${expected}$`))
    await context.close()
  })
}

test('the root offers the three languages to a browser that prefers none of them', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/$/)
  for (const name of ['Nederlands', 'Français', 'English']) await expect(page.getByRole('link', { name })).toBeVisible()
  await context.close()
})

test('an unknown address gets a 404 page in the language of its path', async ({ page }) => {
  for (const [locale, title] of [['nl', 'Pagina niet gevonden'], ['fr', 'Page introuvable'], ['en', 'Page not found']]) {
    const response = await page.goto(`/${locale}/does-not-exist/`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  }
})

test('the public site sets no cookie', async ({ page, context }) => {
  await page.goto('/nl/')
  await page.goto('/fr/')
  expect(await context.cookies()).toEqual([])
})
