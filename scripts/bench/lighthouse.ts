/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default throttling; the median of three
 * runs) on one page of every template in every language, from a site built out of a temporary seeded database
 * and served by scripts/serve-site.ts, as a visitor gets it. Prints the four category
 * scores, LCP, CLS, TBT and the bytes sent per kind beside their targets, and writes them
 * to bench-results/lighthouse.json. The CMS's API answers the islands (live figures, the
 * forms' checks) through Payload's own handlers, without the cost of a Next.js build.
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH), and may reach nothing but
 * this machine.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import net from 'node:net'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js'
import { donationReturnPath } from '../../domain/donationPages'
import { type Locale, locales } from '../../domain/locales'
import { pageBudgets } from '../../site/build/pageBudgets'
import { serveApi } from '../../tests/integration/support/api'
import { buildSite } from '../../tests/integration/support/siteBuild'
import { startSiteServer } from '../../tests/integration/support/siteServer'
import { startTestCms } from '../../tests/integration/support/testPayload'

const templates = ['root chooser', 'home', 'programme', 'about', 'news list', 'news article', 'contact', 'privacy', 'donate', 'thank-you', 'role list', 'role page', 'wishlist', '404'] as const
type Template = (typeof templates)[number]
type Page = { template: Template; locale: Locale | '—'; path: string }

const kinds = { html: 'document', css: 'stylesheet', js: 'script', fonts: 'font', images: 'image' } as const
type Kind = keyof typeof kinds

type Row = Page & {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number }
  lcpMs: number
  /** What Lighthouse took for the largest paint (a CSS selector), to see why a page's LCP is late. */
  lcpElement?: string
  cls: number
  tbtMs: number
  bytes: Record<Kind, number>
  /** Byte budgets per kind (site/build/pageBudgets.ts); a string where the budget is not a number of bytes. */
  budgets: Partial<Record<Kind, number | string>>
  failing: string[]
}

const targets = { score: 100, cls: 0, tbtMs: 0 }
/** Runs per page, of which the median is reported (LIGHTHOUSE_RUNS; 3 by default). */
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 3))
/** LIGHTHOUSE_TEMPLATES=home,wishlist measures only those templates (a quick look after a change); the default is every one. */
const onlyTemplates = process.env.LIGHTHOUSE_TEMPLATES?.split(',').map((name) => name.trim())
type LighthouseResult = Parameters<typeof computeMedianRun>[0][number]
// A browser in a language the site does not offer (German): the root chooser then stays
// on screen to be measured, instead of sending Lighthouse on to a language's home page.
const chromeFlags = ['--lang=de', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1']
const cmsNote = "The CMS's API (Payload's handlers, without Next.js) answers the islands' live figures."

// The site's address is fixed before the CMS starts: the CMS allows the site's origin (CORS)
// from its configuration, and the build writes the CMS's origin into the site's CSP.
const sitePort = await freePort()
const siteUrl = `http://localhost:${sitePort}`
const cms = await startTestCms({ PUBLIC_SITE_URL: siteUrl })
const cmsApi = await serveApi(cms)
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'))
let server: ChildProcess | undefined
let chrome: chromeLauncher.LaunchedChrome | undefined
try {
  // Imported only now: the CMS's settings are read once, and must be the temporary database's.
  const { loadProfile } = await import('../../cms/seed/profiles')
  const { seedProfile } = await import('../../cms/seed/run')
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))

  // Served first, so that the build knows the site's real address (canonical links, hreflang).
  const served = await startSiteServer({ SITE_OUT_DIR: outDir, SITE_PORT: String(sitePort), PUBLIC_SITE_URL: siteUrl, CMS_URL: cmsApi.url })
  server = served.server
  console.log(`Building the site for ${served.url} …`)
  const build = buildSite({ ...cms.env, NODE_ENV: 'production', PUBLIC_SITE_URL: siteUrl, CMS_URL: cmsApi.url }, outDir)
  if (!build.ok) throw new Error(build.output)

  const pages = (await templatePages(cms.payload)).filter((page) => !onlyTemplates || onlyTemplates.includes(page.template))
  chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags })
  const rows: Row[] = []
  for (const page of pages) {
    process.stdout.write(`Lighthouse ${page.path} … `)
    rows.push(await audit(page, `${served.url}${page.path}`, chrome.port))
    console.log(rows.at(-1)!.failing.length === 0 ? 'on target' : `off target: ${rows.at(-1)!.failing.join(', ')}`)
  }
  printTable(rows)
  fs.mkdirSync('bench-results', { recursive: true })
  fs.writeFileSync('bench-results/lighthouse.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), lighthouse: lighthouseVersion(), runsPerPage: runs, cmsRunning: true, note: cmsNote, targets: { ...targets, bytes: pageBudgets }, rows }, null, 2)}\n`)
  console.log('\nWritten to bench-results/lighthouse.json')
} finally {
  await chrome?.kill()
  server?.kill('SIGTERM')
  await cmsApi.close()
  await cms.close()
  fs.rmSync(outDir, { recursive: true, force: true })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** One address per template and language, found from the seeded content and the built pages' hreflang links. */
async function templatePages(payload: typeof cms.payload): Promise<Page[]> {
  const first = async (collection: 'pages' | 'programmes' | 'news' | 'volunteer-roles', where = {}) => {
    const { docs } = await payload.find({ collection, where, locale: 'nl', depth: 0, limit: 1, sort: 'id', overrideAccess: true })
    if (!docs[0]) throw new Error(`No ${collection} in the seeded content`)
    return String((docs[0] as { slug?: unknown }).slug)
  }
  const page = async (purpose: string) => first('pages', { purpose: { equals: purpose } })
  const builtNl = htmlFiles('nl')
  const byLastSegment = (slug: string) => {
    const found = builtNl.find((dir) => dir.endsWith(`/${slug}/`))
    if (!found) throw new Error(`No built page ending in /${slug}/`)
    return found
  }
  const programme = byLastSegment(await first('programmes'))
  const article = byLastSegment(await first('news'))
  const donate = `/nl/${await page('donate')}/`
  const dutch: Record<Exclude<Template, 'root chooser'>, string> = {
    home: '/nl/',
    programme,
    about: `/nl/${await page('about')}/`,
    'news list': article.replace(/[^/]+\/$/, ''),
    'news article': article,
    contact: `/nl/${await page('contact')}/`,
    privacy: `/nl/${await page('privacy')}/`,
    donate,
    'thank-you': donationReturnPath(donate, 'thanks', 'nl'),
    'role list': `/nl/${await page('volunteering')}/`,
    'role page': byLastSegment(await first('volunteer-roles')),
    wishlist: `/nl/${await page('wishlist')}/`,
    // The page itself, as the server sends it for an unknown address (Lighthouse stops on a 404 status).
    '404': '/nl/404/',
  }
  const pages: Page[] = [{ template: 'root chooser', locale: '—', path: '/' }]
  for (const template of templates.filter((name) => name !== 'root chooser')) {
    const nl = dutch[template]
    for (const locale of locales) pages.push({ template, locale, path: locale === 'nl' ? nl : translated(nl, locale) })
  }
  return pages
}

/** The same page in another language: its hreflang link, or for the 404 page, the language's own. */
function translated(nlPath: string, locale: Locale): string {
  if (nlPath === '/nl/404/') return `/${locale}/404/`
  const html = fs.readFileSync(path.join(outDir, nlPath, 'index.html'), 'utf8')
  const link = [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].map((match) => match[0]).find((tag) => tag.includes(`hreflang="${locale}`))
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1]
  if (!href) throw new Error(`${nlPath} has no hreflang link to ${locale}`)
  return new URL(href, 'http://site/').pathname
}

function htmlFiles(locale: string): string[] {
  return fs
    .readdirSync(path.join(outDir, locale), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${locale}/${file.split(path.sep).join('/').replace(/index\.html$/, '')}`)
}

/**
 * Lighthouse's figures vary from run to run (its own docs measure a spread of several points
 * on one page), so each page is measured `runs` times and the median run kept, chosen as
 * Lighthouse's own tools choose it (closest to the median FCP and time to interactive).
 */
async function audit(page: Page, url: string, port: number): Promise<Row> {
  const results: LighthouseResult[] = []
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
    results.push(result.lhr)
  }
  const valid = filterToValidRuns(results)
  if (valid.length === 0) throw new Error(`${url}: no run of ${runs} measured the page's paint and interactivity`)
  const lhr = computeMedianRun(valid)
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const bytes = await bodyBytes(lhr)
  const islands = /<astro-island\b/.test(fs.readFileSync(path.join(outDir, page.path, page.path.endsWith('/') ? 'index.html' : ''), 'utf8'))
  const budgets: Row['budgets'] = {
    html: pageBudgets.html,
    css: pageBudgets.css,
    js: islands ? `React + ${pageBudgets.islandScriptBeyondReact}` : page.path === '/' ? pageBudgets.rootChooserScript : pageBudgets.contentScript,
  }
  const row: Row = {
    ...page,
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    lcpElement: lcpElementOf(lhr),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(numeric('total-blocking-time')),
    bytes,
    budgets,
    failing: [],
  }
  for (const [name, value] of Object.entries(row.scores)) if (value < targets.score) row.failing.push(`${name} ${value}`)
  if (row.cls > targets.cls) row.failing.push(`CLS ${row.cls}`)
  if (row.tbtMs > targets.tbtMs) row.failing.push(`TBT ${row.tbtMs} ms`)
  for (const [kind, budget] of Object.entries(budgets)) if (typeof budget === 'number' && bytes[kind as Kind] > budget) row.failing.push(`${kind} ${bytes[kind as Kind]} B`)
  return row
}

/**
 * What each kind of file cost the page, in bytes of body as sent (compressed), as the
 * budgets count them. Lighthouse's own transfer sizes include each response's headers
 * (about 800 B here, the site's security headers), which HTTP/2 compresses away and which
 * are no part of a page's weight; so every request Lighthouse saw is asked for again, with
 * the same Accept-Encoding, and its Content-Length taken.
 */
async function bodyBytes(lhr: { audits: Record<string, { details?: unknown }> }): Promise<Record<Kind, number>> {
  const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType: string; statusCode: number; transferSize?: number }[] } | undefined)?.items ?? []
  const bytes = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, 0])) as Record<Kind, number>
  for (const request of requests) {
    const kind = (Object.entries(kinds) as [Kind, string][]).find(([, type]) => type === request.resourceType.toLowerCase())?.[0]
    // Nothing sent: served from the browser's cache (a preloaded font, found again when its face is used).
    if (!kind || !/^https?:/.test(request.url) || !request.transferSize) continue
    const response = await fetch(request.url, { headers: { 'accept-encoding': 'br, gzip' } })
    const length = Number(response.headers.get('content-length'))
    bytes[kind] += Number.isFinite(length) && response.headers.has('content-length') ? length : (await response.arrayBuffer()).byteLength
    await response.body?.cancel().catch(() => undefined)
  }
  return bytes
}

function lcpElementOf(lhr: { audits: Record<string, { details?: unknown }> }): string | undefined {
  const details = lhr.audits['lcp-breakdown-insight']?.details as { items?: { type?: string; selector?: string }[] } | undefined
  return details?.items?.find((item) => item.type === 'node')?.selector
}

function printTable(rows: Row[]): void {
  const figure = (value: number, target: number | string | undefined) => (target === undefined ? `${value}` : `${value}/${target}`)
  const header = ['template', 'lang', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'CLS', 'TBT ms', 'HTML B', 'CSS B', 'JS B', 'fonts B', 'img B']
  const lines = rows.map((row) => [
    row.template,
    row.locale,
    figure(row.scores.performance, targets.score),
    figure(row.scores.accessibility, targets.score),
    figure(row.scores.bestPractices, targets.score),
    figure(row.scores.seo, targets.score),
    `${row.lcpMs}`,
    figure(row.cls, targets.cls),
    figure(row.tbtMs, targets.tbtMs),
    figure(row.bytes.html, row.budgets.html),
    figure(row.bytes.css, row.budgets.css),
    figure(row.bytes.js, row.budgets.js),
    `${row.bytes.fonts}`,
    `${row.bytes.images}`,
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)))
  const format = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  console.log(`\nLighthouse ${lighthouseVersion()}, mobile, the median of ${runs} run${runs === 1 ? '' : 's'} per page. Each figure is measured/target; bytes are each file's body as sent (compressed; without the response headers); LCP, fonts and images have no target.`)
  console.log(cmsNote)
  console.log(`\n${format(header)}\n${lines.map(format).join('\n')}`)
  const off = rows.filter((row) => row.failing.length > 0)
  console.log(`\n${rows.length - off.length} of ${rows.length} pages on every target.`)
  for (const row of off) console.log(`  ${row.path}: ${row.failing.join(', ')}`)
}

function lighthouseVersion(): string {
  return JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version
}
