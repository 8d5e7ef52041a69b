/**
 * `npm run start:production`: the CMS of a deployed site (docs/deploy.md). Unlike
 * `npm start` it writes no .env, seeds nothing, runs no mail catcher and no demo giving,
 * and first refuses an unsafe configuration (cms/productionChecks.ts), one line per
 * problem, before anything is built or started. Then: migrations, the CMS build when its
 * code changed, the site build when this server builds it, and `next start`.
 */
import fs from 'node:fs'
import { checkProductionEnvironment } from '../cms/productionChecks'
import { buildCmsIfChanged } from './cmsBuild'
import { runStep, startService, stopService, waitForHttp } from './processes'

// The server's own configuration; variables already set (by systemd, say) win.
if (fs.existsSync('.env')) process.loadEnvFile('.env')

const { refusals, warnings } = checkProductionEnvironment(process.env)
for (const line of warnings) console.warn(`warning: ${line}`)
for (const line of refusals) console.error(`refused: ${line}`)
if (refusals.length > 0) {
  console.error(`Not started: ${refusals.length} ${refusals.length === 1 ? 'problem' : 'problems'} above (docs/deploy.md explains each variable).`)
  process.exit(1)
}

// Read-only in Next's types; the migrations, the builds and the CMS all run as production.
Object.assign(process.env, { NODE_ENV: 'production' })
const cmsPort = process.env.CMS_PORT || '3000'
// Only the reverse proxy on this machine should reach the CMS (see TRUSTED_PROXIES).
const cmsHost = process.env.CMS_HOST || '127.0.0.1'

runStep('Database: running migrations', 'payload', ['migrate'])
buildCmsIfChanged()
// Built here, the site must match the code just deployed; a static host builds its own.
if (!process.env.SITE_BUILD_HOOK_URL) runStep('Site: building the static site from the CMS', 'tsx', ['scripts/build-site.ts'])

const cms = startService('next', ['start', 'cms', '--port', cmsPort, '--hostname', cmsHost])
await waitForHttp(`http://${cmsHost.includes(':') ? `[${cmsHost}]` : cmsHost}:${cmsPort}/api/organisation`)
console.log(`\n  CMS: ${process.env.CMS_URL}/admin   (listening on ${cmsHost}:${cmsPort})\n  Stop with Ctrl+C or SIGTERM.\n`)

let stopping = false
function stop(code: number) {
  if (stopping) return
  stopping = true
  stopService(cms)
  setTimeout(() => process.exit(code), 500)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(0))
cms.on('exit', (code) => stop(code ?? 1))
