/**
 * Serves the built static site (dist/site) on SITE_PORT (4321), as a static host would:
 * `/fr/anything-unknown` gets the French 404 page with status 404. Files are looked up
 * on every request, so a rebuild that replaces dist/site shows at once.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { locales } from '../domain/locales'

const root = path.resolve(process.env.SITE_OUT_DIR || 'dist/site')
const port = Number(process.env.SITE_PORT || 4321)
const cmsOrigin = new URL(process.env.CMS_URL || 'http://localhost:3000').origin

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Content-Security-Policy': `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; connect-src 'self' ${cmsOrigin}; form-action 'self' ${cmsOrigin}; frame-ancestors 'none'; base-uri 'self'`,
}

const assets = sirv(root, {
  dev: true,
  etag: true,
  extensions: ['html'],
  setHeaders: (res, pathname) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
  },
})

function notFoundPage(url: string): string {
  const locale = url.split('/')[1]
  const candidates = [...((locales as readonly string[]).includes(locale) ? [path.join(root, locale, '404', 'index.html')] : []), path.join(root, '404.html')]
  return candidates.find((file) => fs.existsSync(file)) ?? ''
}

/** The site's old addresses (built from the CMS's redirects), re-read when a new build is served. */
let redirects: { mtimeMs: number; map: Record<string, string> } = { mtimeMs: -1, map: {} }
function redirectFor(pathname: string): string | undefined {
  const file = path.join(root, 'redirects.json')
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat) return undefined
  if (stat.mtimeMs !== redirects.mtimeMs) redirects = { mtimeMs: stat.mtimeMs, map: JSON.parse(fs.readFileSync(file, 'utf8')) }
  return redirects.map[pathname]
}

const server = http.createServer((req, res) => {
  const target = redirectFor(new URL(req.url ?? '/', 'http://localhost').pathname)
  if (target) {
    res.writeHead(301, { Location: target, ...securityHeaders })
    res.end()
    return
  }
  assets(req, res, () => {
    const page = notFoundPage(req.url ?? '/')
    res.statusCode = 404
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(page ? fs.readFileSync(page) : 'Not found')
  })
})

server.listen(port, () => console.log(`Site:  http://localhost:${port}/`))

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
