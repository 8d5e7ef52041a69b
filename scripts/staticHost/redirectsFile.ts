import type { StaticHostRules } from './rules.ts'

/**
 * The `_redirects` file of Netlify and Cloudflare Pages (`from to status`, one rule a
 * line, the first match wins). The language root `/` is a page of its own and has no rule.
 *
 * The old addresses use the format both hosts read alike. The 404 lines are Netlify's;
 * Cloudflare Pages skips them (warning in its build log) and serves the nearest
 * `404.html` up the folder tree, so the build puts the same page at `/nl/404.html` etc.
 * (see languageNotFoundCopies) and both hosts send one file. The root `/404.html`
 * is what both serve by themselves for every other missing address.
 */
export function formatRedirectsFile(rules: StaticHostRules): string {
  const lines = [
    '# Written by the site build (scripts/staticHost/) for Netlify and Cloudflare Pages, which read',
    '# this file and do not serve it. scripts/serve-site.ts answers by the same rules.',
    '',
    '# Old addresses, moved for good (the CMS: Settings → Redirects).',
    ...rules.redirects.map(({ from, to }) => `${token(from)} ${token(to)} 301`),
    '',
    "# A missing address in a language: that language's \"not found\" page, status 404.",
    ...languageNotFoundCopies(rules).map(({ prefix, copy }) => `${prefix}* ${copy} 404`),
    '',
  ]
  return lines.join('\n')
}

/** For each language, where the build copies its "not found" page so that a host finds it as `<folder>/404.html`. */
export function languageNotFoundCopies(rules: StaticHostRules): { prefix: string; page: string; copy: string }[] {
  return rules.notFound.filter(({ prefix }) => prefix !== '/').map(({ prefix, page }) => ({ prefix, page, copy: `${prefix}404.html` }))
}

/** A rule's fields are separated by white space: any inside an address is percent-encoded. */
function token(address: string): string {
  return address.replace(/\s/g, (space) => encodeURIComponent(space))
}
