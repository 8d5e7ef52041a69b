import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { cmsUrl } from '../../playwright.config'
import { sitemapPaths } from './support/sitemap'

/**
 * Every page of the sitemap, in every language: it answers 200 in its own language, runs
 * no script unless it has an island (a form or a live figure), and then only the island's
 * own from this site; asks no other host for anything, logs no error, has no WCAG 2.2 AA
 * violation that axe-core can find, and links only to pages that exist.
 */
test('every page in every language is sound, accessible, and script-free unless it has an island', async ({ page, request, baseURL }) => {
  const paths = await sitemapPaths(request)
  expect(paths.length).toBeGreaterThan(30)
  const origin = new URL(baseURL!).origin
  const internalLinks = new Set<string>()
  const failures: string[] = []

  for (const path of paths) {
    const consoleErrors: string[] = []
    const scripts: string[] = []
    const foreign: string[] = []
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    }
    const onRequest = (req: { url(): string; resourceType(): string }) => {
      if (req.resourceType() === 'script') scripts.push(req.url())
      // The site's own CMS (live figures, forms) is no third party.
      if (![origin, cmsUrl].some((own) => req.url().startsWith(own)) && !req.url().startsWith('data:')) foreign.push(req.url())
    }
    page.on('console', onConsole)
    page.on('request', onRequest)

    const response = await page.goto(path, { waitUntil: 'load' })
    const locale = path.split('/')[1]
    if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`)
    if ((await page.locator('html').getAttribute('lang')) !== locale) failures.push(`${path}: wrong lang`)
    const islands = await page.locator('astro-island').count()
    if (islands === 0 && ((await page.locator('script').count()) > 0 || scripts.length > 0)) failures.push(`${path}: has script ${scripts.join(', ')}`)
    for (const script of scripts) if (!new URL(script).pathname.startsWith('/_astro/')) failures.push(`${path}: script from ${script}`)
    if (foreign.length > 0) failures.push(`${path}: requests another host: ${foreign.join(', ')}`)
    if (consoleErrors.length > 0) failures.push(`${path}: console errors: ${consoleErrors.join(' | ')}`)
    await expect(page.locator('h1')).toHaveCount(1)

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    for (const violation of axe.violations) {
      failures.push(`${path}: axe ${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }

    for (const href of await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href)
      if (url.origin === origin) internalLinks.add(url.pathname)
    }
    page.off('console', onConsole)
    page.off('request', onRequest)
  }

  for (const link of internalLinks) {
    const response = await request.get(link)
    if (response.status() !== 200) failures.push(`broken internal link ${link}: ${response.status()}`)
  }
  expect(failures).toEqual([])
})
