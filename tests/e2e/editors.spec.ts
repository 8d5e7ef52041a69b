import { expect, type Page, test } from '@playwright/test'
import { cmsUrl } from '../../playwright.config'

/**
 * The communication officer runs the site alone: a draft is seen in preview and not by
 * the public, publishing updates the public site by itself, and a changed slug leaves
 * the old address working.
 */
async function logIn(page: Page) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill('local-only-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin\/?$/)
}

async function firstProgrammeId(page: Page): Promise<string> {
  const response = await page.request.get(`${cmsUrl}/api/programmes?sort=order&limit=1&depth=0`)
  return String(((await response.json()) as { docs: { id: number }[] }).docs[0].id)
}

test('a French title: draft in preview only, then published to the public site within a minute', async ({ page, browser }) => {
  test.setTimeout(240_000)
  await logIn(page)
  const id = await firstProgrammeId(page)
  await page.goto(`${cmsUrl}/admin/collections/programmes/${id}?locale=fr`)
  const title = page.locator('#field-title')
  await expect(title).toHaveValue('Visites en détention')
  await title.fill('Visites dans les centres fermés')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page.getByText(/saved successfully|Draft saved/i).first()).toBeVisible()

  // The editor's preview shows the draft, in the site's own design.
  const preview = await page.goto(`${cmsUrl}/api/site-preview?collection=programmes&id=${id}&locale=fr`)
  expect(preview?.status()).toBe(200)
  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/fr/projets/[a-z0-9-]+/?$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visites dans les centres fermés')
  const previewUrl = page.url()

  // Nobody else can: not through the preview link, not on the public site.
  const stranger = await browser.newContext()
  const strangerPage = await stranger.newPage()
  expect((await strangerPage.goto(previewUrl))?.status()).toBe(401)
  expect((await strangerPage.request.get(`${cmsUrl}/api/site-preview?collection=programmes&id=${id}&locale=fr`)).status()).toBe(401)
  await strangerPage.goto('/fr/')
  await expect(strangerPage.getByText('Visites dans les centres fermés')).toHaveCount(0)

  // Publish: the public site follows by itself.
  await page.goto(`${cmsUrl}/admin/collections/programmes/${id}?locale=fr`)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|successfully/i).first()).toBeVisible()
  await expect
    .poll(async () => (await strangerPage.request.get('/fr/')).text(), { timeout: 60_000, intervals: [2_000] })
    .toContain('Visites dans les centres fermés')
  await stranger.close()
})

test('a changed slug keeps the old address working', async ({ page, request }) => {
  test.setTimeout(240_000)
  await logIn(page)
  const id = await firstProgrammeId(page)
  const before = (await (await page.request.get(`${cmsUrl}/api/programmes/${id}?locale=en&depth=0`)).json()) as { slug: string }
  const oldPath = `/en/projects/${before.slug}/`
  expect((await request.get(oldPath)).status()).toBe(200)

  await page.goto(`${cmsUrl}/admin/collections/programmes/${id}?locale=en`)
  await page.locator('#field-slug').fill('visits-to-closed-centres')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()

  await expect.poll(async () => (await request.get('/en/projects/visits-to-closed-centres/')).status(), { timeout: 60_000, intervals: [2_000] }).toBe(200)
  const old = await request.get(oldPath, { maxRedirects: 0 })
  expect(old.status()).toBe(301)
  expect(old.headers().location).toBe('/en/projects/visits-to-closed-centres/')
})
