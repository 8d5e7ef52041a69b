import { expect, test } from '@playwright/test'
import { cmsUrl } from '../../playwright.config'

test('the CMS serves its admin and its REST API with the seeded content', async ({ page, request }) => {
  const programmes = await request.get(`${cmsUrl}/api/programmes?locale=fr&sort=order`)
  expect(programmes.status()).toBe(200)
  const body = await programmes.json()
  expect(body.docs).toHaveLength(4)
  expect(body.docs[0].title).toBe('Visites en détention')

  expect((await request.get(`${cmsUrl}/api/users`)).status()).toBe(403)

  await page.goto(`${cmsUrl}/admin`)
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill('local-only-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('link', { name: 'Programmes' }).first()).toBeVisible({ timeout: 60_000 })
})
