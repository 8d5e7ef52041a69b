import { expect, type Page, test } from '@playwright/test'
import { locales } from '../../domain/locales'
import { cmsUrl } from '../../playwright.config'
import { axeViolations } from './support/axe'
import { sitemapPaths } from './support/sitemap'

/**
 * Every page of the sitemap, in every language: it answers 200 in its own language, runs
 * no script unless it has an island (a form or a live figure), and then only the island's
 * own from this site; asks no other host for anything, logs no error (a blocked
 * Content-Security-Policy is one), has no WCAG 2.2 AA violation that axe-core can find,
 * and links only to pages that exist.
 *
 * One test per language, each with a time limit that grows with its number of pages,
 * rather than one test per page: Playwright fixes its list of tests before the site is
 * started, so the pages (which come from the CMS's content, read from the sitemap) cannot
 * each be a test without a second, hand-kept list of addresses that would drift from the
 * content. Each page is a step of its language's test, so a report names the page.
 */
const perPageMs = 8_000

for (const locale of locales) {
  test(`every ${locale} page is sound, accessible, and script-free unless it has an island`, async ({ page, request, baseURL }) => {
    const paths = (await sitemapPaths(request)).filter((path) => path.split('/')[1] === locale)
    expect(paths.length).toBeGreaterThan(10)
    test.setTimeout(paths.length * perPageMs + 30_000)
    const origin = new URL(baseURL!).origin
    const internalLinks = new Set<string>()
    const failures: string[] = []

    for (const path of paths) {
      await test.step(path, async () => {
        const { problems, links } = await checkPage(page, path, locale, origin)
        failures.push(...problems)
        for (const link of links) internalLinks.add(link)
      })
    }

    await test.step('internal links', async () => {
      for (const link of internalLinks) {
        const response = await request.get(link)
        if (response.status() !== 200) failures.push(`broken internal link ${link}: ${response.status()}`)
      }
    })
    expect(failures).toEqual([])
  })
}

/** One page's problems, and the addresses on this site that it links to. */
async function checkPage(page: Page, path: string, locale: string, origin: string): Promise<{ problems: string[]; links: string[] }> {
  const problems: string[] = []
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
  try {
    const response = await page.goto(path, { waitUntil: 'load' })
    if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`)
    if ((await page.locator('html').getAttribute('lang')) !== locale) problems.push(`${path}: wrong lang`)
    const islands = await page.locator('astro-island').count()
    if (islands === 0 && ((await page.locator('script').count()) > 0 || scripts.length > 0)) problems.push(`${path}: has script ${scripts.join(', ')}`)
    for (const script of scripts) if (!new URL(script).pathname.startsWith('/_astro/')) problems.push(`${path}: script from ${script}`)
    if (foreign.length > 0) problems.push(`${path}: requests another host: ${foreign.join(', ')}`)
    if (consoleErrors.length > 0) problems.push(`${path}: console errors: ${consoleErrors.join(' | ')}`)
    const headings = await page.locator('h1').count()
    if (headings !== 1) problems.push(`${path}: ${headings} h1 elements`)

    problems.push(...(await axeViolations(page, path)))

    const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
    const links = hrefs.map((href) => new URL(href)).filter((url) => url.origin === origin).map((url) => url.pathname)
    return { problems, links }
  } finally {
    page.off('console', onConsole)
    page.off('request', onRequest)
  }
}
