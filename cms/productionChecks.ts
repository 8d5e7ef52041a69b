/**
 * What `npm run start:production` (scripts/startProduction.ts) refuses to start with,
 * and what it only warns about: a configuration that would put a deployed site at risk
 * (forgeable logins, lost emails, unverified payments, links to a laptop) is refused
 * with one line per problem, before anything is built or started. A pure function of
 * the environment, so that each rule is tested alone (tests/unit/productionChecks.test.ts).
 */
import { demoSecretKey, demoWebhookSecret } from './payments/stripeClient'
import { parseTaxDataKeys } from './security/taxDataCipher'

export type Environment = Record<string, string | undefined>
export type ProductionReport = { refusals: string[]; warnings: string[] }

/** Secrets written in this repository: cms/env.ts's local fallback, the tests'. */
const knownSecrets = new Set(['local-development-secret-not-for-deployment', 'integration-test-secret'])
const minimumSecretLength = 32

export function checkProductionEnvironment(env: Environment): ProductionReport {
  const report: ProductionReport = { refusals: [], warnings: [] }
  for (const check of [secret, taxData, mail, giving, addresses, siteBuilds, proxies]) check(value(env), report)
  return report
}

type Read = (name: string) => string | undefined

function value(env: Environment): Read {
  return (name) => env[name]?.trim() || undefined
}

function secret(read: Read, { refusals }: ProductionReport) {
  const secret = read('PAYLOAD_SECRET')
  const advice = 'set it to a long random value of its own, e.g. the output of `openssl rand -hex 32`.'
  if (!secret) refusals.push(`PAYLOAD_SECRET is not set: ${advice}`)
  else if (knownSecrets.has(secret)) refusals.push(`PAYLOAD_SECRET is a default known to anyone who reads the code: ${advice}`)
  else if (secret.length < minimumSecretLength) refusals.push(`PAYLOAD_SECRET is too short (${secret.length} of at least ${minimumSecretLength} characters): ${advice}`)
}

/** The keys that seal donors' national register numbers (cms/security/taxDataKeys.ts): never the local stand-in on a deployed site. */
function taxData(read: Read, { refusals }: ProductionReport) {
  const keys = read('TAX_DATA_KEYS')
  const advice = 'set it to `<id>:<key>`, the key made with `openssl rand -base64 32` (docs/deploy.md, "Rotating the tax-data key").'
  if (!keys) {
    refusals.push(`TAX_DATA_KEYS is not set: national register numbers could not be stored encrypted; ${advice}`)
    return
  }
  try {
    parseTaxDataKeys(keys)
  } catch (error) {
    refusals.push(`TAX_DATA_KEYS cannot be used: ${(error as Error).message}`)
  }
}

function mail(read: Read, { refusals }: ProductionReport) {
  const smtp = read('SMTP_URL')
  if (!smtp) refusals.push('SMTP_URL is not set: no email (thank-yous, applications, password resets) could be sent. Set smtp://user:password@host:587 or smtps://…:465.')
  else if (!/^smtps?:$/.test(parsedUrl(smtp)?.protocol ?? '')) refusals.push('SMTP_URL is not an smtp:// or smtps:// address.')
}

function giving(read: Read, { refusals, warnings }: ProductionReport) {
  const key = read('STRIPE_SECRET_KEY')
  const webhookSecret = read('STRIPE_WEBHOOK_SECRET')
  if (read('STRIPE_API_URL')) refusals.push('STRIPE_API_URL is set: it points giving at a Stripe stand-in (tests, demo mode). Remove it to use Stripe itself.')
  if (!key) {
    warnings.push('STRIPE_SECRET_KEY is not set: online giving is off; the donate page offers bank transfer only.')
    return
  }
  if (key === demoSecretKey) refusals.push("STRIPE_SECRET_KEY is the demo mode's key: use the secret key from Stripe's dashboard.")
  if (!webhookSecret) refusals.push('STRIPE_SECRET_KEY is set without STRIPE_WEBHOOK_SECRET: payments could not be verified. Add the signing secret of the webhook endpoint <CMS_URL>/api/stripe/webhook.')
  else if (webhookSecret === demoWebhookSecret) refusals.push("STRIPE_WEBHOOK_SECRET is the demo mode's secret: use the signing secret Stripe shows for the webhook endpoint.")
  if (/^(sk|rk)_test_/.test(key)) warnings.push('STRIPE_SECRET_KEY is a test-mode key: no real payment will be taken.')
}

function addresses(read: Read, report: ProductionReport) {
  for (const [name, what] of [
    ['PUBLIC_SITE_URL', 'the public site'],
    ['CMS_URL', 'the CMS'],
  ] as const) {
    const raw = read(name)
    const url = raw ? parsedUrl(raw) : undefined
    if (!raw) report.refusals.push(`${name} is not set: give the public address of ${what}, e.g. https://${name === 'CMS_URL' ? 'cms' : 'www'}.example.org.`)
    else if (!url || !/^https?:$/.test(url.protocol)) report.refusals.push(`${name} is not an http(s) address: ${raw}`)
    else if (isLoopback(url.hostname)) report.refusals.push(`${name} is ${raw}, on this machine only: give the public address of ${what}.`)
    else if (url.protocol !== 'https:') report.warnings.push(`${name} is not https: logins and forms would cross the network unencrypted.`)
  }
}

/**
 * Without a build hook the CMS can build the site itself (SITE_AUTO_REBUILD=1, e.g. for
 * nginx on the same server). With neither, a publish would never reach the public site,
 * which editors cannot see from the admin: refused.
 */
function siteBuilds(read: Read, { refusals }: ProductionReport) {
  const hook = read('SITE_BUILD_HOOK_URL')
  if (hook && !/^https?:$/.test(parsedUrl(hook)?.protocol ?? '')) refusals.push('SITE_BUILD_HOOK_URL is not an http(s) address.')
  if (!hook && read('SITE_AUTO_REBUILD') !== '1') {
    refusals.push("SITE_BUILD_HOOK_URL is not set: published changes would never reach the public site. Set the static host's build hook, or SITE_AUTO_REBUILD=1 to build the site on this server.")
  }
}

function proxies(read: Read, { warnings }: ProductionReport) {
  if (!read('TRUSTED_PROXIES')) {
    warnings.push("TRUSTED_PROXIES is empty: behind a reverse proxy, every visitor shares the proxy's address and its form limits. List the proxy's address.")
  }
}

function parsedUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0'
}
