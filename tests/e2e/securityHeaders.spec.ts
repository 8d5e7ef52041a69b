import { type APIResponse, expect, type Page, test } from '@playwright/test'
import { cmsUrl, siteUrl } from '../../playwright.config'

/**
 * The security headers as browsers get them from `npm start`: the CMS's under `next start`
 * (the admin's and the preview's from cms/proxy.ts, the API's from next.config.mjs), the
 * site's from scripts/serve-site.ts; and pages that still work under them, with no
 * Content-Security-Policy violation.
 */

test('the admin and the API send their policies, and cannot be framed', async ({ request }) => {
  const login = await request.get(`${cmsUrl}/admin/login`)
  expect(login.status()).toBe(200)
  const admin = directives(login)
  expect(admin.get('frame-ancestors')).toEqual(["'none'"])
  expect(admin.get('script-src')).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/=]{20,}'$/)])
  expect(admin.get('object-src')).toEqual(["'none'"])
  expect(admin.get('form-action')).toEqual(["'self'"])
  expect(admin.get('base-uri')).toEqual(["'self'"])
  expectCommonHeaders(login)
  // The nonce is new on every request, and it is the one on the page's scripts.
  const again = await request.get(`${cmsUrl}/admin/login`)
  expect(directives(again).get('script-src')).not.toEqual(admin.get('script-src'))
  const nonce = admin.get('script-src')![1].slice(7, -1)
  expect(await login.text()).toContain(`nonce="${nonce}"`)

  for (const path of ['/api/programmes?limit=1', '/api/users', '/api/donations/progress', '/api/does-not-exist']) {
    const response = await request.get(`${cmsUrl}${path}`)
    expect(directives(response).get('frame-ancestors'), path).toEqual(["'none'"])
    expect(directives(response).get('default-src'), path).toEqual(["'none'"])
    expectCommonHeaders(response)
  }

  // Behind a TLS-terminating proxy, which tells what the browser used.
  for (const path of ['/admin/login', '/api/programmes?limit=1']) {
    const overHttps = await request.get(`${cmsUrl}${path}`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(overHttps.headers()['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/)
  }
})

test('the site still calls the API across origins: CORS answers are unchanged', async ({ request }) => {
  const preflight = await request.fetch(`${cmsUrl}/api/pledges`, {
    method: 'OPTIONS',
    headers: { Origin: siteUrl, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  })
  expect(preflight.status()).toBeLessThan(300)
  expect(preflight.headers()['access-control-allow-origin']).toBe(siteUrl)
  expect(preflight.headers()['access-control-allow-headers']?.toLowerCase()).toContain('content-type')

  const progress = await request.get(`${cmsUrl}/api/donations/progress`, { headers: { Origin: siteUrl } })
  expect(progress.status()).toBe(200)
  expect(progress.headers()['access-control-allow-origin']).toBe(siteUrl)
})

test('an editor signs in and opens a document without a policy violation, with a session cookie no script can read', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const violations = await recordViolations(page)

  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill('local-only-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('link', { name: 'Programmes' }).first()).toBeVisible({ timeout: 60_000 })

  // An edit view: the rich-text editor, uploads, the document's controls.
  // Opened by its address: the list view rewrites its own URL as it loads, which can swallow a click.
  await page.goto(`${cmsUrl}/admin/collections/programmes`)
  await page.goto(`${cmsUrl}${await page.locator('.cell-title a').first().getAttribute('href')}`)
  await expect(page.locator('.rich-text-lexical').first()).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('button', { name: /Publish changes|Save/ }).first()).toBeVisible()
  const session = (await context.cookies(cmsUrl)).find((cookie) => cookie.name === 'payload-token')
  // Served over plain http://localhost here: HttpOnly and SameSite, but not Secure.
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false })
  expect(await page.evaluate(() => document.cookie)).not.toContain('payload-token')
  expect(violations).toEqual([])
  await context.close()
})

test('the root language chooser runs its script under the site’s policy and still sends a browser to its language', async ({ browser }) => {
  const root = await browser.newContext({ locale: 'de-DE' })
  const rootPage = await root.newPage()
  const rootViolations = await recordViolations(rootPage)
  const response = await rootPage.goto(`${siteUrl}/`)
  const csp = directives(response!)
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
  expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  expectCommonHeaders(response!)
  // No language of this browser is offered: the chooser stays.
  await expect(rootPage.getByRole('link', { name: 'Français' })).toBeVisible()
  await rootPage.waitForLoadState('load')
  expect(rootViolations).toEqual([])
  await root.close()

  const french = await browser.newContext({ locale: 'fr-BE' })
  const frenchPage = await french.newPage()
  const frenchViolations = await recordViolations(frenchPage)
  await frenchPage.goto(`${siteUrl}/`)
  await expect(frenchPage).toHaveURL(`${siteUrl}/fr/`)
  expect(frenchViolations).toEqual([])
  await french.close()
})

test('pages with forms hydrate their islands and call the CMS without a policy violation', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const violations = await recordViolations(page)

  await page.goto(`${siteUrl}/nl/doneren/`)
  await runIslands(page)

  // The wishlist reads its live counts from the CMS as soon as it runs.
  const counts = page.waitForResponse((answer) => answer.url().startsWith(`${cmsUrl}/api/needs`))
  await page.goto(`${siteUrl}/en/material-needs/`)
  await runIslands(page)
  expect((await counts).status()).toBe(200)

  // The application form fetches its proof-of-work challenge from the CMS once the visitor
  // starts on it.
  await page.goto(`${siteUrl}/fr/benevolat/visiteur-accredite/`)
  await runIslands(page)
  const challenge = page.waitForResponse((answer) => answer.url().startsWith(`${cmsUrl}/api/volunteer-applications/challenge`))
  await page.getByLabel('Nom complet').fill('Test Candidat')
  expect((await challenge).status()).toBe(200)
  expect(violations).toEqual([])
  await context.close()
})

test('the CMS serves its preview of the site under the site’s policy, not the admin’s', async ({ request }) => {
  const site = await request.get(`${siteUrl}/nl/`)
  const preview = await request.get(`${cmsUrl}/nl/`)
  // Signed out: no preview, but the answer already carries the site's headers.
  expect(preview.status()).toBe(401)
  expect(preview.headers()['content-security-policy']).toBe(site.headers()['content-security-policy'])
  expectCommonHeaders(preview)
})

/**
 * Brings each island into view (some wake only then, or when the browser is idle) and
 * waits until it has run: an island that has run has lost its `ssr` attribute.
 */
async function runIslands(page: Page) {
  const islands = page.locator('astro-island')
  await expect(islands.first()).toBeAttached()
  for (const island of await islands.all()) {
    // The island itself has no box (display: contents); its content does.
    await island.locator(':scope > *').first().scrollIntoViewIfNeeded()
    await expect(island).not.toHaveAttribute('ssr')
  }
}

function directives(response: APIResponse | { headers(): Record<string, string> }): Map<string, string[]> {
  const policy = response.headers()['content-security-policy'] ?? ''
  expect(policy).not.toBe('')
  return new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]))
}

function expectCommonHeaders(response: { headers(): Record<string, string> }) {
  const headers = response.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['referrer-policy']).toBeTruthy()
  expect(headers['permissions-policy']).toContain('camera=()')
  // Everything here is plain http://localhost: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined()
}

/**
 * Every policy violation in the page, across navigations: the `securitypolicyviolation`
 * events, and the console errors Chromium logs for them (which also catch a violation on
 * a page that navigates away at once).
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportPolicyViolation', (violation: string) => violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportPolicyViolation(violation: string): void }).reportPolicyViolation(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  return violations
}

