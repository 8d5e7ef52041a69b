import { type HeaderSet, headersForPath } from '../../cms/security/headers.ts'
import type { StaticHostRules } from './rules.ts'

/**
 * The rules of ./rules.ts for nginx, as a snippet to include in the public site's
 * `server` block (whose `root` is the built site). nginx has no per-path header file, so
 * each header rule becomes a `location`, and since a location that adds any header
 * drops all those of the levels around it, every location repeats the full set. `always`
 * sends them with redirects and 404s too, as the local server does.
 */
export function formatNginxSnippet(rules: StaticHostRules): string {
  const prefixRules = rules.headers.filter(({ path }) => path.endsWith('*'))
  const languageNotFound = new Map(rules.notFound.filter(({ prefix }) => prefix !== '/').map(({ prefix, page }) => [prefix, page]))
  const siteNotFound = rules.notFound.find(({ prefix }) => prefix === '/')!.page
  const blocks: string[] = []

  for (const { path } of rules.headers) {
    if (path.endsWith('*')) {
      const prefix = path.slice(0, -1)
      const notFound = languageNotFound.get(prefix)
      blocks.push(
        location(prefix, headersForPath(prefixRules, prefix), [
          // A folder without index.html is a 403 to nginx; to the local server it is missing.
          ...(notFound ? [`error_page 403 404 =404 ${quoted(notFound)};`] : []),
          'try_files $uri $uri.html $uri/index.html =404;',
        ]),
      )
    } else {
      // try_files serves the file here; nginx's index would hand `/` to another location.
      blocks.push(location(`= ${path}`, headersForPath(rules.headers, path), [path.endsWith('/') ? `try_files ${quoted(`${path}index.html`)} =404;` : 'try_files $uri =404;']))
    }
  }
  for (const { from, to } of rules.redirects) blocks.push(location(`= ${from}`, headersForPath(rules.headers, from), [`return 301 ${quoted(escapeAddress(to))};`]))
  for (const file of rules.hostOnly) blocks.push(`location = ${checkedPath(file)} {\n  return 404;\n}`)

  const locations = blocks.map((block) => block.slice(0, block.indexOf(' {')))
  const twice = locations.find((match, i) => locations.indexOf(match) !== i)
  if (twice) throw new Error(`Two rules want the nginx ${twice}.`)

  return [
    '# Written by the site build (scripts/staticHost/) from the rules scripts/serve-site.ts follows.',
    "# Include it in the public site's server block, whose root is this folder, e.g.",
    '#',
    '#   server {',
    '#     listen 443 ssl;',
    '#     server_name www.example.org;',
    '#     root /path/to/the/project/dist/site;',
    '#     include /path/to/the/project/dist/site/nginx.conf.snippet;',
    '#   }',
    '#',
    '# nginx reads it when it (re)loads: after a build that added old addresses, run',
    "# `nginx -s reload` (until then their pages still forward, without a 301).",
    '',
    'index index.html;',
    'charset utf-8;',
    // Redirects to a path stay relative, as the local server sends them.
    'absolute_redirect off;',
    // The build writes a .gz beside each text file (and a .br, for nginx built with ngx_brotli: brotli_static on;).
    'gzip_static on;',
    'gzip_vary on;',
    `error_page 403 404 =404 ${quoted(siteNotFound)};`,
    '',
    ...blocks.map((block) => `${block}\n`),
  ].join('\n')
}

function location(match: string, headers: HeaderSet, body: string[]): string {
  const [modifier, path] = match.startsWith('= ') ? ['= ', match.slice(2)] : ['', match]
  const lines = [...Object.entries(headers).map(([name, value]) => `add_header ${checkedName(name)} ${quoted(value)} always;`), ...body]
  return `location ${modifier}${checkedPath(path)} {\n${lines.map((line) => `  ${line}`).join('\n')}\n}`
}

/** Inside double quotes nginx reads `$` as a variable and `\` as an escape: neither may reach it unchecked. */
function quoted(text: string): string {
  if (/["$\\\n]/.test(text)) throw new Error(`Cannot write ${JSON.stringify(text)} into the nginx snippet.`)
  return `"${text}"`
}

function checkedName(name: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Not a header name: ${JSON.stringify(name)}`)
  return name
}

/** Paths come from the CMS (validated as lower-case letters, digits, hyphens and slashes) and from the rules. */
function checkedPath(path: string): string {
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(path)) throw new Error(`Cannot write the path ${JSON.stringify(path)} into the nginx snippet.`)
  return path
}

/** An editor's external address may hold characters nginx would read: percent-encoded, it means the same. */
function escapeAddress(address: string): string {
  return address.replace(/["$\\\s]/g, (character) => encodeURIComponent(character))
}
