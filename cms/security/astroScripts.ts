import { createHash } from 'node:crypto'
import idle from 'astro/client/idle.prebuilt.js'
import load from 'astro/client/load.prebuilt.js'
import media from 'astro/client/media.prebuilt.js'
import only from 'astro/client/only.prebuilt.js'
import visible from 'astro/client/visible.prebuilt.js'
import islandLoader from 'astro/runtime/server/astro-island.prebuilt.js'
import painted from '../../site/hydration/afterFirstPaint.inline.ts'

/**
 * The only inline scripts the site may run: Astro's own island loader and its client
 * directives (client:load, client:visible, …), which Astro writes inline into every page
 * with an island, and the site's own directive, client:painted (cms/security/siteDirectives.ts). They are fixed strings shipped in Astro's package, so their hashes are
 * known before any build: the same list Astro's own `security.csp` would use. Any other
 * inline script in a built page stops the build (cms/security/siteHeadersFile.ts).
 */
export const astroInlineScripts: readonly string[] = [islandLoader, load, idle, visible, media, only, painted]

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`
}

export const astroScriptHashes: readonly string[] = astroInlineScripts.map(cspHash)
