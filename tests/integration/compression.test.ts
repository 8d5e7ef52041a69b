import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { headersForPath, type HeaderRule, siteCacheControl } from '../../cms/security/headers'
import { pageBudgets } from '../../site/build/pageBudgets'
import { textExtensions } from '../../site/build/precompress'
import { isHostOnlyFile } from '../../scripts/staticHost/rules'
import { allHtmlFiles, buildSite } from './support/siteBuild'
import { readHeadersFile, startSiteServer } from './support/siteServer'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Compressed and cached: the build's Brotli and gzip copies, served by scripts/serve-site.ts
 * as the browser asks for them, with the caching rules `_headers` gives static hosts; and
 * each page's render-blocking CSS within the first round trip of a new connection.
 */
let cms: TestCms
let outDir: string
let server: ChildProcess | undefined
let served: string
let rules: HeaderRule[]

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-compression-'))
  const build = buildSite({ ...cms.env, NODE_ENV: 'production' }, outDir)
  if (!build.ok) throw new Error(build.output)
  rules = readHeadersFile(outDir)
  ;({ server, url: served } = await startSiteServer({ SITE_OUT_DIR: outDir }))
})
afterAll(async () => {
  server?.kill('SIGTERM')
  await cms?.close()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

describe('compressed copies', () => {
  it('are written beside every text file of the build', () => {
    const text = builtFiles().filter((file) => (textExtensions as readonly string[]).includes(path.extname(file).slice(1)))
    expect(text.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(30)
    expect(text.some((file) => file.endsWith('.css')) && text.some((file) => file.endsWith('.js'))).toBe(true)
    // Below a few hundred bytes a copy may come out no smaller, and is then rightly left out.
    const missing = text.filter((file) => fs.statSync(path.join(outDir, file)).size > 1_000).filter((file) => !fs.existsSync(path.join(outDir, `${file}.br`)) || !fs.existsSync(path.join(outDir, `${file}.gz`)))
    expect(missing).toEqual([])
  })

  it('are served as the browser asks: Brotli when accepted, gzip when preferred or alone, the original otherwise', async () => {
    const cases: [acceptEncoding: string | undefined, expected: string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['gzip;q=1.0, br;q=0.5', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['*', 'br'],
      ['*;q=0.5, br;q=0', 'gzip'],
      ['identity', undefined],
      ['deflate', undefined],
      [undefined, undefined],
    ]
    for (const [urlPath, contentType] of [
      ['/nl/', 'text/html'],
      [`/_astro/${largest('.css')}`, 'text/css'],
      [`/_astro/${largest('.js')}`, 'text/javascript'],
      ['/404.html', 'text/html'],
    ]) {
      const original = fs.readFileSync(path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath))
      for (const [acceptEncoding, expected] of cases) {
        const label = `${urlPath} with Accept-Encoding: ${acceptEncoding}`
        const answer = await get(urlPath, acceptEncoding)
        expect(answer.status, label).toBe(200)
        expect(answer.headers['content-encoding'], label).toBe(expected)
        expect(answer.headers['content-type'], label).toMatch(new RegExp(`^${contentType}\\b`))
        expect(answer.headers.vary, label).toMatch(/\bAccept-Encoding\b/i)
        expect(Number(answer.headers['content-length']), label).toBe(answer.body.length)
        expect(decode(answer.body, expected).equals(original), label).toBe(true)
        if (expected) expect(answer.body.length, label).toBeLessThan(original.length)
      }
    }
  })

  it('tells caches that a 404 and a 304 differ by encoding too, and sends the 404 page compressed', async () => {
    const missing = await get('/fr/nexiste-pas/', 'br')
    expect(missing.status).toBe(404)
    expect(missing.headers.vary).toMatch(/\bAccept-Encoding\b/i)
    expect(missing.headers['content-encoding']).toBe('br')
    expect(decode(missing.body, 'br').toString()).toBe(fs.readFileSync(path.join(outDir, 'fr', '404', 'index.html'), 'utf8'))

    const first = await get('/en/', 'gzip')
    const again = await get('/en/', 'gzip', { 'If-None-Match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.headers.vary).toMatch(/\bAccept-Encoding\b/i)
  })
})

describe('caching', () => {
  it('checks pages every time, keeps hashed files for a year and the rest a short while, as _headers says', async () => {
    const expectations: [string, string][] = [
      ['/', siteCacheControl.page],
      ['/nl/', siteCacheControl.page],
      ['/fr/nexiste-pas/', siteCacheControl.page],
      [`/_astro/${largest('.css')}`, siteCacheControl.hashed],
      [`/_astro/${largest('.js')}`, siteCacheControl.hashed],
      ['/language-choice.js', siteCacheControl.short],
      ['/favicon.svg', siteCacheControl.short],
    ]
    expect(siteCacheControl.page).toBe('no-cache')
    expect(siteCacheControl.hashed).toMatch(/\bimmutable\b/)
    expect(siteCacheControl.short).toMatch(/^public, max-age=\d{2,4}$/)
    for (const [urlPath, cacheControl] of expectations) {
      expect(headersForPath(rules, urlPath)['Cache-Control'], `_headers for ${urlPath}`).toBe(cacheControl)
      for (const encoding of ['br', 'gzip', undefined]) expect((await get(urlPath, encoding)).headers['cache-control'], `${urlPath} (${encoding})`).toBe(cacheControl)
    }
  })

  it('puts every built file under exactly one caching rule, since static hosts join the values of overlapping ones', () => {
    const problems = builtFiles()
      .filter((file) => !/\.(br|gz)$/.test(file) && !isHostOnlyFile(`/${file}`))
      .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
      .map((urlPath) => [urlPath, rules.filter((rule) => 'Cache-Control' in rule.headers && headersForPath([rule], urlPath)['Cache-Control']).length] as const)
      .filter(([, count]) => count !== 1)
      .map(([urlPath, count]) => `${urlPath}: ${count} rules`)
    expect(problems).toEqual([])
  })
})

describe('the first round trip', () => {
  it('carries, on every page, the head and all the CSS needed to render it', () => {
    const problems: string[] = []
    for (const file of allHtmlFiles(outDir)) {
      const page = `/${path.relative(outDir, file)}`
      const html = fs.readFileSync(file, 'utf8')
      const headEnd = html.indexOf('</head>')
      // A stylesheet linked from the body is fetched after the head's, beyond the first round trip.
      if (/<link\b[^>]*\brel="stylesheet"/i.test(html.slice(headEnd))) problems.push(`${page}: a stylesheet linked from the body`)
      // What must arrive before the first paint: the HTML up to the end of its head, or of a
      // later inline style (Astro puts the islands' display rule before the first island),
      // sent compressed (gzip, the weaker of the two); then each stylesheet it links.
      const lastStyle = html.lastIndexOf('</style>')
      const critical = html.slice(0, Math.max(headEnd, lastStyle === -1 ? 0 : lastStyle + '</style>'.length))
      const head = zlib.gzipSync(critical, { level: 9 }).length
      const stylesheets = [...html.slice(0, headEnd).matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi)].map((match) => /\bhref="([^"]+)"/.exec(match[0])![1])
      const css = stylesheets.reduce((sum, href) => sum + compressedSize(path.join(outDir, href)), 0)
      if (head + css > pageBudgets.renderBlocking) problems.push(`${page}: head ${head} B + stylesheets ${css} B > ${pageBudgets.renderBlocking} B`)
    }
    expect(problems).toEqual([])
  })
})

function builtFiles(): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(outDir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
}

/** The largest file of a kind in /_astro/: the one compression matters most for. */
function largest(extension: string): string {
  const files = fs.readdirSync(path.join(outDir, '_astro')).filter((file) => file.endsWith(extension))
  expect(files.length, `a ${extension} file in /_astro/`).toBeGreaterThan(0)
  return files.sort((a, b) => fs.statSync(path.join(outDir, '_astro', b)).size - fs.statSync(path.join(outDir, '_astro', a)).size)[0]
}

function compressedSize(file: string): number {
  return fs.statSync(fs.existsSync(`${file}.gz`) ? `${file}.gz` : file).size
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body)
  if (encoding === 'gzip') return zlib.gunzipSync(body)
  return body
}

/** A request as a browser sends it, and the bytes as they came: fetch() would decompress them. */
function get(urlPath: string, acceptEncoding: string | undefined, extra: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...(acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }), ...extra }
    http
      .get(`${served}${urlPath}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}
