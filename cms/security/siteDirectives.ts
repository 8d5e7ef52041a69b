import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The site's own Astro client directive, client:painted (site/hydration/afterFirstPaint.ts).
 * Astro bundles a directive with esbuild and writes the result inline into every page with
 * such an island, so the site's Content-Security-Policy must allow exactly that text by its
 * hash (cms/security/astroScripts.ts). The text is kept in `afterFirstPaint.inline.ts`,
 * written by `npm run directives` with Astro's own bundling;
 * tests/unit/clientDirectives.test.ts fails when it no longer matches the source, and the
 * build refuses any inline script the policy does not allow.
 */
export const paintedDirective = {
  name: 'painted',
  entrypoint: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../site/hydration/afterFirstPaint.ts'),
  inlineModule: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../site/hydration/afterFirstPaint.inline.ts'),
}
