import fs from 'node:fs'
import path from 'node:path'
import { astroScriptHashes, cspHash } from './astroScripts'
import { formatHeadersFile, type SiteHeaderOptions, siteHeaderRules } from './headers'

/**
 * The site build's last step (an integration in astro.config.mjs): refuses a build with
 * an inline script the site's Content-Security-Policy would block, then writes the
 * site's headers as `_headers`, the file static hosts read them from.
 */
export function writeSiteHeadersFile(outDir: string, options: SiteHeaderOptions): void {
  const refused = inlineScriptsOutsidePolicy(outDir)
  if (refused.length > 0) {
    throw new Error(`The site's Content-Security-Policy would block these inline scripts; put them in a file under site/public/ instead:\n${refused.join('\n')}`)
  }
  fs.writeFileSync(path.join(outDir, '_headers'), formatHeadersFile(siteHeaderRules(options)))
}

/** Every inline script in the built pages that is not one of Astro's own, as `page: start of the script`. */
export function inlineScriptsOutsidePolicy(outDir: string): string[] {
  const allowed = new Set(astroScriptHashes)
  const refused: string[] = []
  const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
  for (const page of pages.sort()) {
    const html = fs.readFileSync(path.join(outDir, page), 'utf8')
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      if (/\ssrc\s*=/i.test(attributes) || isDataBlock(attributes)) continue
      if (!allowed.has(cspHash(body))) refused.push(`${page}: <script${attributes}>${body.trim().slice(0, 80)}`)
    }
  }
  return refused
}

/** JSON data blocks (structured data) are never executed, so no policy applies to them. */
function isDataBlock(attributes: string): boolean {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
  return type === 'application/json' || type === 'application/ld+json'
}
