/**
 * `npm start`: everything a newcomer needs, on an empty machine. Creates the database
 * and runs its migrations, seeds it when empty, builds the static site and the CMS, then
 * serves the CMS on :3000 and the site on :4321 until Ctrl+C.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { newTaxDataKeyEntry } from '../cms/security/taxDataCipher'
import { buildCmsIfChanged } from './cmsBuild'
import { startMailCatcherIfNeeded } from './mailCatcher'
import { runStep, startService, stopService, waitForHttp } from './processes'

const envFile = '.env'
if (!fs.existsSync(envFile)) {
  fs.writeFileSync(
    envFile,
    `# Written by "npm start" on first run, for this machine only. See .env.example for every variable.\nPAYLOAD_SECRET=${randomBytes(32).toString('hex')}\n`,
  )
  console.log('Wrote .env with a new random PAYLOAD_SECRET.')
}
process.loadEnvFile(envFile)
// The key that seals donors' national register numbers (cms/security/taxDataKeys.ts), added
// to an older .env too. Losing it loses those numbers: it is kept in .env like the secret.
if (!process.env.TAX_DATA_KEYS?.trim()) {
  const entry = newTaxDataKeyEntry(`local-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`)
  fs.appendFileSync(envFile, `${fs.readFileSync(envFile, 'utf8').endsWith('\n') ? '' : '\n'}TAX_DATA_KEYS=${entry}\n`)
  process.env.TAX_DATA_KEYS = entry
  console.log('Added a new random TAX_DATA_KEYS to .env.')
}

const cmsPort = process.env.CMS_PORT || '3000'
const sitePort = process.env.SITE_PORT || '4321'
const cmsUrl = process.env.CMS_URL || `http://localhost:${cmsPort}`
const publicSiteUrl = process.env.PUBLIC_SITE_URL || `http://localhost:${sitePort}`

// Demo mode (see cms/payments/stripeClient.ts): no Stripe key on a site served from localhost.
const demoPayments = !process.env.STRIPE_SECRET_KEY && /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(publicSiteUrl)
if (demoPayments) {
  process.env.STRIPE_API_URL ||= `http://localhost:${process.env.LOCAL_STRIPE_PORT || 12111}`
  process.env.STRIPE_WEBHOOK_SECRET ||= 'whsec_local_demo'
}

runStep('Database: running migrations', 'payload', ['migrate'])
runStep('Content: seeding an empty database', 'tsx', ['cms/seed/index.ts'])
runStep('Site: building the static site from the CMS', 'tsx', ['scripts/build-site.ts'])
buildCmsIfChanged()

const mailCatcher = startMailCatcherIfNeeded()
const services = [startService('next', ['start', 'cms', '--port', cmsPort], { NODE_ENV: 'production', SITE_AUTO_REBUILD: '1' })]
if (mailCatcher) services.push(mailCatcher)
if (demoPayments) {
  const stripePort = new URL(process.env.STRIPE_API_URL!).port
  services.push(startService('tsx', ['scripts/local-stripe/main.ts'], { LOCAL_STRIPE_PORT: stripePort, STRIPE_WEBHOOK_URL: `${cmsUrl}/api/stripe/webhook` }))
}
await waitForHttp(`http://localhost:${cmsPort}/api/organisation`)
services.push(startService('tsx', ['scripts/serve-site.ts'], { SITE_PORT: sitePort }))
await waitForHttp(`http://localhost:${sitePort}/`)

console.log(`
  Site:   http://localhost:${sitePort}/
  CMS:    http://localhost:${cmsPort}/admin   (local accounts: see README)${demoPayments ? `\n  Giving: DEMO mode, no real payments (local Stripe stand-in on ${process.env.STRIPE_API_URL})` : ''}
  Stop with Ctrl+C.
`)

let stopping = false
function stopAll(code: number) {
  if (stopping) return
  stopping = true
  for (const service of services) stopService(service)
  setTimeout(() => process.exit(code), 500)
}
// `npm start` itself killed (even by SIGKILL): this process is handed to another parent. Run
// by `node --import tsx`, this is npm's own child, with no loader process in between to hide that.
const parent = process.ppid
setInterval(() => process.ppid !== parent && stopAll(0), 1_000).unref()
// SIGHUP: the terminal was closed. A SIGKILL cannot be caught: scripts/supervise.mjs covers it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopAll(0))
for (const service of services) service.on('exit', (code) => stopAll(code ?? 1))
