import { locales } from '../../domain/locales.ts'
import { astroScriptHashes } from './astroScripts.ts'

/**
 * Every security header this project sends, in one place:
 *
 * - the CMS (`next start cms`): the admin, and the preview of the site it serves to
 *   editors on /nl/…, /fr/…, /en/…, sent by cms/proxy.ts; the API, by cms/next.config.mjs
 *   (which Node loads without a bundler: hence the `.ts` in this file's import);
 * - the static site: sent by scripts/serve-site.ts locally, and written by the build as
 *   `_headers` for static hosts (Netlify, Cloudflare Pages) — cms/security/siteHeadersFile.ts.
 */
export type HeaderSet = Record<string, string>

/** A static host's rule: the headers sent with every path matching `path` (`*` ends a prefix). */
export type HeaderRule = { path: string; headers: HeaderSet }

export type SiteHeaderOptions = { cmsUrl: string; https: boolean }

/**
 * Whether browsers reach a service over HTTPS: its public address says so, or the
 * TLS-terminating proxy in front of it says so (X-Forwarded-Proto), since the app itself
 * then only ever sees plain HTTP. Believing that header from anyone is harmless, as all it
 * decides is Strict-Transport-Security, which browsers ignore when it arrives over plain
 * HTTP (RFC 6797, section 8.1).
 */
export function servedOverHttps(publicUrl: string, forwardedProto?: string | null): boolean {
  return new URL(publicUrl).protocol === 'https:' || forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https'
}

/** The admin pages. `nonce` is new for every request; Next.js puts it on each script it renders. */
export function adminHeaders({ nonce, https, development = false }: { nonce: string; https: boolean; development?: boolean }): HeaderSet {
  return {
    ...commonHeaders(https, 'same-origin'),
    'Content-Security-Policy': policy({
      'default-src': ["'self'"],
      // Next.js writes the page's data as inline scripts on every admin page: the nonce lets
      // those run and nothing else inline. React's development build needs eval.
      'script-src': ["'self'", `'nonce-${nonce}'`, ...(development ? ["'unsafe-eval'"] : [])],
      // Payload's components set style attributes, which no nonce or hash can allow. A style
      // cannot run script.
      'style-src': ["'self'", "'unsafe-inline'"],
      // Upload previews are blob: and data: URLs.
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    }),
  }
}

/**
 * The API (/api/…): JSON, uploaded images and file downloads, never a page that needs to
 * load anything, so a document opened from it (an uploaded SVG, say) may run nothing.
 * Cross-origin calls from the site are unaffected: CORS is Payload's `cors` setting.
 */
export function apiHeaders({ https }: { https: boolean }): HeaderSet {
  return {
    ...commonHeaders(https, 'same-origin'),
    'Content-Security-Policy': policy({
      'default-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    }),
  }
}

/** The public site's pages and files, wherever they are served from. */
/** Where Stripe Checkout's payment page is: Stripe's own, or the local stand-in's in demo mode and tests. */
function paymentPageOrigin(): string {
  return process.env.STRIPE_API_URL ? new URL(process.env.STRIPE_API_URL).origin : 'https://checkout.stripe.com'
}

export function siteHeaders({ cmsUrl, https }: SiteHeaderOptions): HeaderSet {
  const cms = new URL(cmsUrl).origin
  return {
    ...commonHeaders(https, 'strict-origin-when-cross-origin'),
    'Content-Security-Policy': policy({
      'default-src': ["'self'"],
      // The islands' code comes from /_astro/; the only inline scripts are Astro's island
      // loader and client directives, allowed by their hashes.
      'script-src': ["'self'", ...astroScriptHashes],
      // Astro inlines small stylesheets (the fonts) and the islands' display rule, and the
      // pages carry style attributes that hashes cannot allow (an image's focal point set by
      // the editor, a need's progress bar). A style cannot run script.
      'style-src': ["'self'", "'unsafe-inline'"],
      // data: for nothing but small generated images; the payment page of Stripe (or of its
      // local stand-in) is reached by navigation, which no fetch directive limits.
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      // The forms post to the CMS and the live figures are read from it.
      'connect-src': ["'self'", cms],
      // A form posted to the CMS is answered with a redirect to the payment page, and
      // browsers hold that redirect to form-action too.
      'form-action': ["'self'", cms, paymentPageOrigin()],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'frame-ancestors': ["'none'"],
    }),
  }
}

/**
 * How long browsers may keep the site's files. Pages are checked with the server on every
 * visit (a publish shows at once; the ETag makes the check cheap); files Astro names after
 * their content never change; the rest (images, the favicon, the language chooser's
 * script) may be a few minutes old.
 */
export const siteCacheControl = {
  page: 'no-cache',
  hashed: 'public, max-age=31536000, immutable',
  short: 'public, max-age=600',
} as const

/**
 * Every path of the built site with its Cache-Control, each path under exactly one rule:
 * static hosts join the values of a header that two matching rules set, so the rule for
 * all paths (`/*`) carries none. tests/integration/compression.test.ts checks that every
 * built file falls under one of these.
 */
export function siteCacheRules(): HeaderRule[] {
  const rule = (path: string, value: string): HeaderRule => ({ path, headers: { 'Cache-Control': value } })
  return [
    rule('/', siteCacheControl.page),
    ...locales.map((locale) => rule(`/${locale}/*`, siteCacheControl.page)),
    rule('/404.html', siteCacheControl.page),
    rule('/_astro/*', siteCacheControl.hashed),
    rule('/media/*', siteCacheControl.short),
    ...['/favicon.svg', '/language-choice.js', '/robots.txt', '/sitemap.xml', '/redirects.json'].map((path) => rule(path, siteCacheControl.short)),
  ]
}

/** The site's headers as a static host's rules: what serve-site.ts sends and what `_headers` says. */
export function siteHeaderRules(options: SiteHeaderOptions): HeaderRule[] {
  return [{ path: '/*', headers: siteHeaders(options) }, ...siteCacheRules()]
}

/** The headers for one path: every matching rule, later rules winning, as static hosts merge them. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): HeaderSet {
  const matching = rules.filter(({ path }) => (path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path))
  return Object.assign({}, ...matching.map(({ headers }) => headers))
}

/** The `_headers` file of Netlify and Cloudflare Pages: a path, then its headers indented below it. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n'
}

function commonHeaders(https: boolean, referrerPolicy: string): HeaderSet {
  return {
    'X-Content-Type-Options': 'nosniff',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': referrerPolicy,
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // A year; not includeSubDomains, since other services on the organisation's domain are
    // not this project's to force onto HTTPS.
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  }
}

function policy(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}
