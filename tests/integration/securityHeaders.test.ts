import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { astroInlineScripts } from '../../cms/security/astroScripts'
import { adminHeaders, apiHeaders, headersForPath, servedOverHttps, siteHeaders } from '../../cms/security/headers'
import { inlineScriptsOutsidePolicy, writeSiteHeadersFile } from '../../cms/security/siteHeadersFile'
import { allHtmlFiles, buildSite } from './support/siteBuild'
import { readHeadersFile, startSiteServer } from './support/siteServer'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * The security headers: the policies themselves, the site's build (no inline script but
 * Astro's island loader; `_headers` written for static hosts) and the local static
 * server, which must send exactly what `_headers` tells a static host to send. The
 * CMS's headers under `next start` are checked in tests/e2e/securityHeaders.spec.ts.
 */
const siteUrl = 'https://www.example.org'
const cmsUrl = 'https://cms.example.org'

let cms: TestCms
let outDir: string
let server: ChildProcess | undefined
let served: string

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-headers-'))
  const build = buildSite({ ...cms.env, PUBLIC_SITE_URL: siteUrl, CMS_URL: cmsUrl }, outDir)
  if (!build.ok) throw new Error(build.output)
  fs.writeFileSync(path.join(outDir, 'redirects.json'), JSON.stringify({ '/nl/oud-adres/': '/nl/' }))
  ;({ server, url: served } = await startSiteServer({ SITE_OUT_DIR: outDir, PUBLIC_SITE_URL: siteUrl, CMS_URL: cmsUrl }))
})
afterAll(async () => {
  server?.kill('SIGTERM')
  await cms?.close()
  fs.rmSync(outDir, { recursive: true, force: true })
})

describe('the policies', () => {
  it('lets the admin run only its own files and the scripts carrying this request’s nonce, and be framed by nobody', () => {
    const csp = directives(adminHeaders({ nonce: 'bm9uY2U=', https: false })['Content-Security-Policy'])
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(directives(adminHeaders({ nonce: 'x', https: false, development: true })['Content-Security-Policy']).get('script-src')).toContain("'unsafe-eval'")
    expect(directives(apiHeaders({ https: false })['Content-Security-Policy']).get('default-src')).toEqual(["'none'"])
  })

  it('asks for HTTPS only where browsers get HTTPS', () => {
    expect(servedOverHttps('http://localhost:3000')).toBe(false)
    expect(servedOverHttps('https://cms.example.org')).toBe(true)
    // Behind a TLS-terminating proxy the app sees http; the proxy says what the browser used.
    expect(servedOverHttps('http://cms.internal:3000', 'https')).toBe(true)
    expect(servedOverHttps('http://cms.internal:3000', 'https, http')).toBe(true)
    expect(servedOverHttps('http://cms.internal:3000', 'http')).toBe(false)
    for (const headers of [adminHeaders({ nonce: 'x', https: false }), apiHeaders({ https: false }), siteHeaders({ cmsUrl, https: false })]) {
      expect(headers['Strict-Transport-Security']).toBeUndefined()
    }
    for (const headers of [adminHeaders({ nonce: 'x', https: true }), apiHeaders({ https: true }), siteHeaders({ cmsUrl, https: true })]) {
      expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/)
      expect(headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' })
      expect(headers['Referrer-Policy']).toBeTruthy()
      expect(headers['Permissions-Policy']).toContain('camera=()')
    }
  })

  it('refuses a built page with an inline script of its own, and lets Astro’s island loader and data blocks through', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inline-scripts-'))
    try {
      fs.mkdirSync(path.join(dir, 'nl'))
      fs.writeFileSync(path.join(dir, 'nl', 'index.html'), `<html><head><script>${astroInlineScripts[0]}</script><script type="application/ld+json">{"@type":"NGO"}</script><script src="/_astro/island.js"></script></head></html>`)
      expect(inlineScriptsOutsidePolicy(dir)).toEqual([])
      writeSiteHeadersFile(dir, { cmsUrl, https: true })
      expect(fs.existsSync(path.join(dir, '_headers'))).toBe(true)

      fs.rmSync(path.join(dir, '_headers'))
      fs.writeFileSync(path.join(dir, 'index.html'), '<html><head><script>location.replace("/nl/")</script></head></html>')
      expect(inlineScriptsOutsidePolicy(dir)).toEqual(['index.html: <script>location.replace("/nl/")'])
      expect(() => writeSiteHeadersFile(dir, { cmsUrl, https: true })).toThrow(/would block these inline scripts/)
      expect(fs.existsSync(path.join(dir, '_headers'))).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the built site', () => {
  it('runs no inline script that its policy does not list by hash, and the root’s language choice is a file', () => {
    const scriptSrc = directives(headersForPath(readHeadersFile(outDir), '/')['Content-Security-Policy']).get('script-src') ?? []
    expect(scriptSrc[0]).toBe("'self'")
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    const pages = allHtmlFiles(outDir)
    let inlineScripts = 0
    for (const file of pages) {
      for (const [, attributes, body] of fs.readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (attributes.includes('src=')) continue
        inlineScripts++
        expect(scriptSrc, `${path.relative(outDir, file)}: ${body.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`)
      }
    }
    // The pages with islands (forms, live figures) do have Astro's inline loader.
    expect(inlineScripts).toBeGreaterThan(30)
    const root = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')
    expect(root).toContain('<script src="/language-choice.js"></script>')
    expect(fs.existsSync(path.join(outDir, 'language-choice.js'))).toBe(true)
  })

  it('tells static hosts, in _headers, exactly what the local server sends: for pages, files, redirects and 404s', async () => {
    const rules = readHeadersFile(outDir)
    const site = headersForPath(rules, '/nl/')
    expect(site['Strict-Transport-Security']).toMatch(/^max-age=/)
    expect(directives(site['Content-Security-Policy']).get('connect-src')).toEqual(["'self'", cmsUrl])
    expect(directives(site['Content-Security-Policy']).get('frame-ancestors')).toEqual(["'none'"])

    const asset = fs.readdirSync(path.join(outDir, '_astro')).find((file) => file.endsWith('.js'))
    const answers: [string, number][] = [
      ['/', 200],
      ['/nl/', 200],
      ['/language-choice.js', 200],
      [`/_astro/${asset}`, 200],
      ['/nl/oud-adres/', 301],
      ['/fr/nexiste-pas/', 404],
      // Static hosts read _headers; they do not serve it.
      ['/_headers', 404],
    ]
    for (const [urlPath, status] of answers) {
      const response = await fetch(`${served}${urlPath}`, { redirect: 'manual' })
      expect(response.status, urlPath).toBe(status)
      const expected = headersForPath(rules, urlPath)
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(6)
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${urlPath}: ${name}`).toBe(value)
    }
    expect((await fetch(`${served}/_astro/${asset}`)).headers.get('Cache-Control')).toContain('immutable')
    expect((await fetch(`${served}/nl/`)).headers.get('Cache-Control')).not.toContain('immutable')
  })
})

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map((policy ?? '').split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]))
}
