/**
 * Serves the built static site (dist/site) on SITE_PORT (4321), as a static host would:
 * `/fr/anything-unknown` gets the French 404 page with status 404, and every answer
 * carries the site's security and caching headers, the same rules the build writes into
 * `_headers` for static hosts (cms/security/headers.ts). Text files are sent as the
 * build's Brotli or gzip copy when the browser accepts one. Files are looked up on every
 * request, so a rebuild that replaces dist/site shows at once.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import sirv from 'sirv'
import { cmsUrl, publicSiteUrl } from '../cms/env'
import { headersForPath, servedOverHttps, siteHeaderRules } from '../cms/security/headers'
import { acceptedEncodings, type Precompressed } from './acceptEncoding'
import { isHostOnlyFile, notFoundPageFor, redirectsReader } from './staticHost/rules'

const root = path.resolve(process.env.SITE_OUT_DIR || 'dist/site')
const port = Number(process.env.SITE_PORT || 4321)
const headerRules = siteHeaderRules({ cmsUrl, https: servedOverHttps(publicSiteUrl) })

// sirv finds the `.br` and `.gz` copies and labels them (Content-Encoding, the original's
// Content-Type, the copy's Content-Length), but reads Accept-Encoding by substring: it
// would send Brotli to `br;q=0` and prefer it over a higher-weighted gzip. It is
// therefore handed the header already decided (`encodingForSirv`).
const assets = sirv(root, {
  dev: true,
  etag: true,
  extensions: ['html'],
  brotli: true,
  gzip: true,
})

const fileSuffix: Record<Precompressed, string> = { br: '.br', gzip: '.gz' }

/** Accept-Encoding as sirv reads it: Brotli first only when preferred, nothing refused. */
function encodingForSirv(accepted: Precompressed[]): string {
  return accepted[0] === 'gzip' ? 'gzip' : accepted.join(', ')
}

/** The language's "not found" page (see ./staticHost/rules.ts, which static hosts are given too). */
function notFoundPage(url: string): string {
  const candidates = [notFoundPageFor(new URL(url, 'http://localhost').pathname), '/404.html'].map((page) => path.join(root, page))
  return candidates.find((file) => fs.existsSync(file)) ?? ''
}

/** The site's old addresses (built from the CMS's redirects), re-read when a new build is served. */
const redirectFor = redirectsReader(root)

const server = http.createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
  // Set first, so that they go with every answer: a file, a 304, a redirect, a 404.
  for (const [name, value] of Object.entries(headersForPath(headerRules, pathname))) res.setHeader(name, value)
  const target = redirectFor(pathname)
  if (target) {
    res.writeHead(301, { Location: target })
    res.end()
    return
  }
  const accepted = acceptedEncodings(req.headers['accept-encoding'])
  // On every answer, a 304 and a 404 included: caches must keep one copy per encoding.
  res.setHeader('Vary', 'Accept-Encoding')
  const notFound = () => {
    const page = notFoundPage(req.url ?? '/')
    const encoding = page ? accepted.find((coding) => fs.existsSync(page + fileSuffix[coding])) : undefined
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (encoding) res.setHeader('Content-Encoding', encoding)
    res.end(page ? fs.readFileSync(encoding ? page + fileSuffix[encoding] : page) : 'Not found')
  }
  // Static hosts read `_headers`, `_redirects` and the nginx snippet, and do not serve them.
  if (isHostOnlyFile(pathname)) return notFound()
  req.headers['accept-encoding'] = encodingForSirv(accepted)
  assets(req, res, notFound)
})

// SITE_PORT=0 takes any free port (the tests do): the address printed is the real one.
server.listen(port, () => console.log(`Site:  http://localhost:${(server.address() as AddressInfo).port}/`))

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
