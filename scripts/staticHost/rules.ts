import fs from 'node:fs'
import path from 'node:path'
import { type HeaderRule, type SiteHeaderOptions, siteHeaderRules } from '../../cms/security/headers.ts'
import { locales } from '../../domain/locales.ts'

/**
 * How the built site is served, wherever it is served from: the local server
 * (scripts/serve-site.ts) answers by these rules, and the build writes them for static
 * hosts as `_headers`, `_redirects` and an nginx snippet (./writeStaticHostFiles.ts), so
 * that a deployed site behaves as the one on a laptop.
 *
 * - Headers: every path gets the headers of cms/security/headers.ts.
 * - Old addresses (the CMS's `redirects` collection, which the build writes into
 *   `redirects.json`) answer 301 to their new address, before any file. The language
 *   root `/` is a real page (the language chooser), never a redirect.
 * - A missing address under `/nl/`, `/fr/` or `/en/` gets that language's "not found"
 *   page with status 404; any other missing address gets the trilingual `/404.html`.
 * - The files the build writes for hosts are read by them, never served.
 */
export type Redirect = { from: string; to: string }
export type NotFoundRule = { prefix: string; page: string }
export type StaticHostRules = { headers: HeaderRule[]; redirects: Redirect[]; notFound: NotFoundRule[]; hostOnly: string[] }

export const redirectsFile = 'redirects.json'

export const hostFileNames = { headers: '_headers', redirects: '_redirects', nginx: 'nginx.conf.snippet' } as const

/** Written by the build for static hosts: they read these files and do not serve them. */
export const hostOnlyFiles = Object.values(hostFileNames).map((name) => `/${name}`)

export function isHostOnlyFile(pathname: string): boolean {
  return hostOnlyFiles.includes(pathname)
}

/**
 * Each language's "not found" page (site/pages/[locale]/404.astro), most specific first,
 * ending with the page for everything else. Pages are URL paths of files in the build.
 */
export function notFoundRules(): NotFoundRule[] {
  return [...locales.map((locale) => ({ prefix: `/${locale}/`, page: `/${locale}/404/index.html` })), { prefix: '/', page: '/404.html' }]
}

/** The "not found" page for an address: its language's, or the trilingual one. */
export function notFoundPageFor(pathname: string): string {
  return notFoundRules().find(({ prefix }) => pathname.startsWith(prefix))!.page
}

/** The old addresses of a built site, as the build wrote them (old path → new path or full URL). */
export function readRedirects(outDir: string): Redirect[] {
  const file = path.join(outDir, redirectsFile)
  if (!fs.existsSync(file)) return []
  const map = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>
  return Object.entries(map)
    .filter(([from, to]) => from !== '/' && typeof to === 'string' && to !== from)
    .map(([from, to]) => ({ from, to }))
}

/**
 * For a server that keeps running while builds replace the folder it serves: the
 * redirects are read again whenever `redirects.json` has changed.
 */
export function redirectsReader(outDir: string): (pathname: string) => string | undefined {
  let cached = { mtimeMs: -1, map: new Map<string, string>() }
  return (pathname) => {
    const stat = fs.statSync(path.join(outDir, redirectsFile), { throwIfNoEntry: false })
    if (!stat) return undefined
    if (stat.mtimeMs !== cached.mtimeMs) cached = { mtimeMs: stat.mtimeMs, map: new Map(readRedirects(outDir).map(({ from, to }) => [from, to])) }
    return cached.map.get(pathname)
  }
}

/** Every rule of a built site, for the writers of the hosts' files. */
export function staticHostRules(outDir: string, headerOptions: SiteHeaderOptions): StaticHostRules {
  return { headers: siteHeaderRules(headerOptions), redirects: readRedirects(outDir), notFound: notFoundRules(), hostOnly: hostOnlyFiles }
}
