import { type Browser, expect, type Page, test } from '@playwright/test'
import { sitemapPaths } from './support/sitemap'

/**
 * Nothing on the page moves by itself: a layout shift of exactly 0 (Chromium's Layout
 * Instability API, the measure behind Lighthouse's CLS) on one page of every template in
 * English, and on the form pages in Dutch and French too, at a phone's width and a
 * desktop's. Each page is loaded with an empty cache (the web fonts arrive while it is
 * drawn), then scrolled from top to bottom so that every island wakes up (they hydrate
 * when visible) and fetches its live figures; the shifts counted are those that no
 * input of the visitor's caused, from the first paint until everything has settled.
 */
const viewports = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
]

type Template = { name: string; address: (paths: string[], page: Page) => Promise<string> }

const fixed = (path: string) => async () => path
/** The first page of the sitemap under `section` (a programme, an article, a role). */
const firstUnder = (section: string, wanted?: (page: Page, path: string) => Promise<boolean>) => async (paths: string[], page: Page) => {
  for (const path of paths.filter((candidate) => candidate.startsWith(section) && candidate !== section).sort()) {
    if (!wanted || (await wanted(page, path))) return path
  }
  throw new Error(`no page under ${section} in the sitemap`)
}
const hasApplicationForm = async (page: Page, path: string) => (await (await page.request.get(path)).text()).includes('application-form')

const templates: Template[] = [
  { name: 'home', address: fixed('/en/') },
  { name: 'programme', address: firstUnder('/en/projects/') },
  { name: 'about', address: fixed('/en/about/') },
  { name: 'news list', address: fixed('/en/news/') },
  { name: 'news article', address: firstUnder('/en/news/') },
  { name: 'contact', address: fixed('/en/contact/') },
  { name: 'privacy', address: fixed('/en/privacy/') },
  { name: 'donate', address: fixed('/en/donate/') },
  { name: 'thank-you', address: fixed('/en/donate/thank-you/') },
  { name: 'role list', address: fixed('/en/volunteering/') },
  { name: 'role page', address: firstUnder('/en/volunteering/', hasApplicationForm) },
  { name: 'wishlist', address: fixed('/en/material-needs/') },
  { name: '404', address: fixed('/en/no-such-page/') },
]
const formTemplates = ['donate', 'role page', 'wishlist']

for (const template of templates) {
  test(`the ${template.name} template does not shift`, async ({ browser, page, request, baseURL }) => {
    const english = await template.address(await sitemapPaths(request), page)
    const addresses = [english, ...(formTemplates.includes(template.name) ? await otherLanguages(page, english, ['nl-BE', 'fr-BE']) : [])]
    for (const address of addresses) {
      for (const viewport of viewports) {
        await test.step(`${address} (${viewport.name})`, async () => {
          expect(await layoutShifts(browser, baseURL!, address, viewport)).toEqual([])
        })
      }
    }
  })
}

test('the wishlist does not shift when its live counts differ from the build', async ({ browser, baseURL }) => {
  for (const viewport of viewports) {
    await test.step(viewport.name, async () => {
      const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB' })
      try {
        const page = await context.newPage()
        // Only a shift on screen counts: the figures are held back until the visitor looks at the needs.
        let release = () => {}
        const released = new Promise<void>((resolve) => (release = resolve))
        await page.route(/\/api\/needs(\?|$)/, async (route) => {
          await released
          const response = await route.fetch()
          await route.fulfill({ response, json: unlikeTheBuild(await response.json()) })
        })
        await page.goto('/en/material-needs/', { waitUntil: 'load' })
        await page.evaluate(() => document.fonts.ready)
        await page.locator('.wishlist__list').scrollIntoViewIfNeeded()
        await expect(page.locator('li.need astro-island[ssr]')).toHaveCount(0)
        release()
        await page.waitForLoadState('networkidle')
        expect(await shiftsSoFar(page)).toEqual([])
      } finally {
        await context.close()
      }
    })
  }
})

type NeedFigures = { quantityNeeded: number | null; quantityPledged: number; quantityReceived: number; status: string }

/**
 * Other figures than the page was built with, every way they can differ: a need now fully
 * pledged (its button gives way to a line), one fulfilled, one with more pledged, one
 * reopened (its line gives way to the button); without a set quantity (as seeded), one
 * fulfilled and one with more pledged.
 */
function unlikeTheBuild(body: { docs: NeedFigures[] }) {
  body.docs.forEach((need, index) => {
    const needed = need.quantityNeeded
    if (needed === null) Object.assign(need, index % 2 === 0 ? { status: 'fulfilled' } : { quantityPledged: need.quantityPledged + 3 })
    else if (index % 4 === 0) need.quantityPledged = Math.max(0, needed - need.quantityReceived)
    else if (index % 4 === 1) Object.assign(need, { status: 'fulfilled', quantityReceived: needed, quantityPledged: 0 })
    else if (index % 4 === 2) need.quantityPledged += 7
    else Object.assign(need, { status: 'open', quantityNeeded: needed + 20 })
  })
  return body
}

test('the root language chooser does not shift', async ({ browser, baseURL }) => {
  for (const viewport of viewports) {
    // A browser in German: no language of the site's, so the chooser stays instead of sending it on.
    expect(await layoutShifts(browser, baseURL!, '/', viewport, 'de-DE')).toEqual([])
  }
})

/** The same page in other languages, from its hreflang alternates. */
async function otherLanguages(page: Page, path: string, hreflangs: string[]): Promise<string[]> {
  const html = await (await page.request.get(path)).text()
  return hreflangs.map((hreflang) => {
    const href = html.match(new RegExp(`<link rel="alternate" hreflang="${hreflang}" href="([^"]+)"`))?.[1]
    if (!href) throw new Error(`${path} has no ${hreflang} alternate`)
    return new URL(href).pathname
  })
}

/** Every layout shift on `path` that the visitor did not cause, described by what moved; none is the goal. */
async function layoutShifts(browser: Browser, baseURL: string, path: string, viewport: { width: number; height: number }, locale = 'en-GB'): Promise<string[]> {
  // A context of its own: an empty cache, so the fonts load as on a first visit.
  const context = await browser.newContext({ baseURL, viewport, locale })
  try {
    const page = await context.newPage()
    const response = await page.goto(path, { waitUntil: 'load' })
    expect(response?.url(), 'the page stayed where it was sent').toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      await document.fonts.ready
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y)
        await frame()
      }
      window.scrollTo(0, 0)
      await frame()
    })
    // Astro takes an island's `ssr` attribute away once it has hydrated.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0)
    await page.waitForLoadState('networkidle')
    return await shiftsSoFar(page)
  } finally {
    await context.close()
  }
}

/** Every layout shift on the page so far that the visitor did not cause, described by what moved, once late fonts, figures and islands have been drawn. */
function shiftsSoFar(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready
    // Time for a late font, a live figure or a hydrated island to be drawn.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] }
    const entries = await new Promise<Shift[]>((resolve) => {
      new PerformanceObserver((list, observer) => {
        observer.disconnect()
        resolve(list.getEntries() as Shift[])
      }).observe({ type: 'layout-shift', buffered: true })
      // No shift at all means no callback: the buffer is empty.
      setTimeout(() => resolve([]), 500)
    })
    const describe = (node?: Node | null) => (node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}` : String(node?.nodeName ?? 'unknown'))
    return entries.filter((entry) => !entry.hadRecentInput).map((entry) => `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map((source) => describe(source.node)).join(', ')}`)
  })
}
