import { expect, test } from '@playwright/test'

/**
 * The islands' scripts wait for the page's first paint (client:painted,
 * site/hydration/afterFirstPaint.ts): none is requested before it, so none competes with
 * the HTML, the stylesheet and the fonts the first paint needs. Each page is loaded with
 * an empty cache, as on a first visit.
 */
const pages = ['/nl/doneren/', '/fr/faire-un-don/merci/', '/en/material-needs/']

for (const address of pages) {
  test(`no island script is requested before the first paint on ${address}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL })
    try {
      const page = await context.newPage()
      await page.goto(address, { waitUntil: 'load' })
      const path = address
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0)
      const timing = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== 'link' && /\.m?js(\?|$)/.test(entry.name))
          .map((entry) => ({ name: entry.name, start: entry.startTime })),
      }))
      expect(timing.firstPaint, `${path}: first paint`).toBeGreaterThan(0)
      expect(timing.scripts.length, `${path}: island scripts`).toBeGreaterThan(0)
      for (const script of timing.scripts) expect(script.start, `${path}: ${script.name}`).toBeGreaterThanOrEqual(timing.firstPaint!)
    } finally {
      await context.close()
    }
  })
}
