import fs from 'node:fs'
import path from 'node:path'
import type { SiteHeaderOptions } from '../../cms/security/headers.ts'
import { formatNginxSnippet } from './nginxSnippet.ts'
import { formatRedirectsFile, languageNotFoundCopies } from './redirectsFile.ts'
import { hostFileNames, staticHostRules } from './rules.ts'

/**
 * A site build's step (astro.config.mjs, after `_headers`): the redirects and "not found"
 * pages for static hosts, as `_redirects` (Netlify, Cloudflare Pages) and
 * `nginx.conf.snippet`, from the rules the local server follows (./rules.ts). Each
 * language's "not found" page is also copied to where Cloudflare Pages looks for it.
 */
export function writeStaticHostFiles(outDir: string, headerOptions: SiteHeaderOptions): void {
  const rules = staticHostRules(outDir, headerOptions)
  for (const { page, copy } of languageNotFoundCopies(rules)) {
    const source = path.join(outDir, page)
    if (!fs.existsSync(source)) throw new Error(`The build has no "not found" page at ${page}.`)
    fs.copyFileSync(source, path.join(outDir, copy))
  }
  fs.writeFileSync(path.join(outDir, hostFileNames.redirects), formatRedirectsFile(rules))
  fs.writeFileSync(path.join(outDir, hostFileNames.nginx), formatNginxSnippet(rules))
}
