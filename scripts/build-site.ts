/**
 * `npm run build`: builds the static site from the CMS's published content and swaps it
 * in for the one being served (see cms/siteBuilds/localBuild.ts). Fails, leaving the
 * served site as it was, when the build fails.
 */
import { buildSiteAtomically, servedSiteDir } from '../cms/siteBuilds/localBuild'

const started = Date.now()
const result = await buildSiteAtomically()
if (!result.ok) {
  console.error(`The site build failed; ${servedSiteDir()} still serves the previous build.\n\n${result.error}`)
  process.exit(1)
}
console.log(`Built the site in ${((Date.now() - started) / 1000).toFixed(1)} s: ${servedSiteDir()} → ${result.outDir}`)
