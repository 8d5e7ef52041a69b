/**
 * `npm run build`: builds the static site from the CMS's published content and swaps it
 * in for the one being served (see cms/siteBuilds/localBuild.ts). Fails, leaving the
 * served site as it was, when the build fails. On PostgreSQL it first waits for the
 * build lock that CMS instances rebuilding after a publish take (cms/siteBuilds/buildLock.ts),
 * so that it never builds at the same time as one of them.
 */
import pg from 'pg'
import { databaseUrl, usesPostgres } from '../cms/env'
import { postgresBuildLock } from '../cms/siteBuilds/buildLock'
import { buildSiteAtomically, servedSiteDir } from '../cms/siteBuilds/localBuild'

const pool = usesPostgres ? new pg.Pool({ connectionString: databaseUrl, max: 1 }) : undefined
const lock = pool ? postgresBuildLock(pool) : undefined
if (lock && !(await lock.tryAcquire())) {
  console.log('A CMS instance is rebuilding the site; waiting for it to finish.')
  await lock.acquire()
}
const started = Date.now()
const result = await buildSiteAtomically().finally(async () => {
  await lock?.release()
  await pool?.end()
})
if (!result.ok) {
  console.error(`The site build failed; ${servedSiteDir()} still serves the previous build.\n\n${result.error}`)
  process.exit(1)
}
console.log(`Built the site in ${((Date.now() - started) / 1000).toFixed(1)} s: ${servedSiteDir()} → ${result.outDir}`)
