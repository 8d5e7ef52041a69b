import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { cmsUrl, e2eDataDir, siteUrl } from '../../playwright.config'

/**
 * With an IBAN entered in the admin, the donate page shows the bank-transfer details; a
 * donor who says who they are gets a structured communication issued by the CMS and an EPC
 * QR code that a banking app reads the transfer from.
 */
test('the bank-transfer section appears once an IBAN is set, and its QR code holds the EPC transfer', async ({ page }) => {
  await page.goto('/en/donate/')
  await expect(page.getByRole('heading', { name: 'Give by bank transfer' })).toHaveCount(0)

  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill('local-only-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)
  await page.goto(`${cmsUrl}/admin/globals/organisation`)
  await page.getByRole('button', { name: 'Giving', exact: true }).click()
  await page.getByLabel('Account Holder').fill('Test Beneficiary')
  await page.getByLabel('IBAN', { exact: true }).fill('BE71 0961 2345 6769')
  await page.getByLabel('BIC', { exact: true }).fill('GKCCBEBB')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()

  // Issue 7 rebuilds the site on publish; until then the test rebuilds it itself.
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, DATA_DIR: e2eDataDir, DATABASE_URL: `file:${path.resolve(e2eDataDir, 'cms.db')}`, SITE_OUT_DIR: `${e2eDataDir}/site`, PUBLIC_SITE_URL: siteUrl, CMS_URL: cmsUrl, STRIPE_SECRET_KEY: '' },
    encoding: 'utf8',
  })
  expect(build.status, build.stderr).toBe(0)

  await page.goto('/en/donate/')
  const section = page.getByRole('region', { name: 'Give by bank transfer' })
  // Folded away until asked for: its QR code library loads only then.
  await section.getByRole('heading', { name: 'Give by bank transfer' }).click()
  await expect(section).toContainText('Test Beneficiary')
  await expect(section).toContainText('BE71 0961 2345 6769')
  await page.getByLabel('€100').check()
  // The communication is the CMS's, issued to the donor who asks for it (issue 11).
  await section.getByLabel('Name').fill('Test Donor')
  await section.getByLabel('Email address').fill('bank-transfer-e2e@example.org')
  await section.getByRole('button', { name: 'Show my transfer details' }).click()
  const communication = (await page.getByTestId('structured-communication').textContent())!.trim()
  expect(communication).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/)

  const qr = page.getByTestId('epc-qr')
  await expect(qr).toHaveAttribute('aria-label', 'QR code for a transfer of €100')
  const png = PNG.sync.read(await qr.screenshot())
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  expect(decoded?.data).toBe(['BCD', '002', '1', 'SCT', 'GKCCBEBB', 'Test Beneficiary', 'BE71096123456769', 'EUR100.00', 'CHAR', '', communication].join('\n'))
})
