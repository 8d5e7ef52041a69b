import { expect, type Page, test } from '@playwright/test'

/**
 * What a visitor types into a form before its island wakes up is what the island sends
 * (site/components/islands/form/earlyInput.ts), even when "send" is pressed the very moment
 * the island wakes: React then hydrates at once to handle the click, and the form must
 * already hold what is on screen. The island's script is held back until the visitor has
 * typed, and the click is made from inside the page as soon as Astro hands the island to
 * React, so the moment is the same in every run.
 */
const donateForm = (page: Page) => page.locator('form.donate-form')

/** Holds back the island's own module until `release` is called. */
async function holdIsland(page: Page, module: RegExp): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(module, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Clicks the form's send button in the same task in which Astro starts the island's hydration (it takes the island's `ssr` mark away then). */
async function sendAsItWakes(page: Page, formSelector: string) {
  await page.evaluate((selector) => {
    const form = document.querySelector<HTMLFormElement>(selector)!
    const island = form.closest('astro-island')!
    new MutationObserver((_, observer) => {
      if (island.hasAttribute('ssr')) return
      observer.disconnect()
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click()
    }).observe(island, { attributes: true, attributeFilter: ['ssr'] })
  }, formSelector)
}

test('a gift typed before the donate form wakes and sent as it wakes goes to payment with what was typed', async ({ page }) => {
  const release = await holdIsland(page, /\/_astro\/DonateForm\.[\w-]+\.js$/)
  await page.goto('/en/donate/')
  const form = donateForm(page)
  await form.getByLabel('€100').check()
  await form.getByLabel('Name', { exact: true }).fill('Early Eva')
  await form.getByLabel('Email address').fill(`early.eva.${Date.now()}@example.be`)
  await expect(page.locator('astro-island[ssr]', { has: form })).toHaveCount(1)

  await sendAsItWakes(page, 'form.donate-form')
  release()

  await expect(page.getByRole('button', { name: /pay \(demo\)/i })).toBeVisible()
  await expect(page.getByText('€100.00').first()).toBeVisible()
})
