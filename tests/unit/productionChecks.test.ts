import { describe, expect, it } from 'vitest'
import { checkProductionEnvironment, type Environment } from '../../cms/productionChecks'

/** What `npm run start:production` refuses, and what it only warns about. */
const clean: Environment = {
  PAYLOAD_SECRET: '3f9c2a7e5b1d48c6a0e2f4b8d6c1a9e7',
  TAX_DATA_KEYS: '2026:q2Xo0V5mJ9b8Zl3YH1c6wG4tN7rK0sPaE2uDfLiMvOg=',
  SMTP_URL: 'smtp://jrs:app-password@smtp.example.org:587',
  STRIPE_SECRET_KEY: 'sk_live_51abc',
  STRIPE_WEBHOOK_SECRET: 'whsec_9f8e7d',
  PUBLIC_SITE_URL: 'https://www.jrsbelgium.org',
  CMS_URL: 'https://cms.jrsbelgium.org',
  SITE_BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/5f2a9c1e',
  TRUSTED_PROXIES: '127.0.0.1',
}

const check = (changes: Environment) => checkProductionEnvironment({ ...clean, ...changes })

/** Exactly one refusal, naming the variable, and nothing else refused. */
function refusedOnce(changes: Environment, variable: string) {
  const { refusals } = check(changes)
  expect(refusals, JSON.stringify(changes)).toHaveLength(1)
  expect(refusals[0].startsWith(variable), refusals[0]).toBe(true)
  expect(refusals[0]).not.toContain('\n')
}

describe('a deployment’s configuration', () => {
  it('starts with a complete, safe configuration: no refusal, no warning', () => {
    expect(checkProductionEnvironment(clean)).toEqual({ refusals: [], warnings: [] })
  })

  it('refuses a missing, default, test or short PAYLOAD_SECRET', () => {
    for (const secret of [undefined, '', '   ', 'local-development-secret-not-for-deployment', 'integration-test-secret', 'a'.repeat(31)]) {
      refusedOnce({ PAYLOAD_SECRET: secret }, 'PAYLOAD_SECRET')
    }
    expect(check({ PAYLOAD_SECRET: 'b'.repeat(32) }).refusals).toEqual([])
  })

  it('refuses a missing or unusable TAX_DATA_KEYS, never showing the key', () => {
    for (const keys of [undefined, '', '  ', 'q2Xo0V5mJ9b8Zl3YH1c6wG4tN7rK0sPaE2uDfLiMvOg=', '2026:c2hvcnQ=', '2026:q2Xo0V5mJ9b8Zl3YH1c6wG4tN7rK0sPaE2uDfLiMvOg=,2026:q2Xo0V5mJ9b8Zl3YH1c6wG4tN7rK0sPaE2uDfLiMvOg=']) {
      refusedOnce({ TAX_DATA_KEYS: keys }, 'TAX_DATA_KEYS')
      expect(check({ TAX_DATA_KEYS: keys }).refusals.join(' ')).not.toContain('q2Xo0V5m')
    }
    expect(check({ TAX_DATA_KEYS: '2027:7nO6rX1oB3m5ZrD0yV8kQ2cW4fH9jL1aS6tE0uPgMxY=, 2026:q2Xo0V5mJ9b8Zl3YH1c6wG4tN7rK0sPaE2uDfLiMvOg=' }).refusals).toEqual([])
  })

  it('refuses a missing SMTP_URL, or one that is no mail server address', () => {
    refusedOnce({ SMTP_URL: undefined }, 'SMTP_URL')
    refusedOnce({ SMTP_URL: 'mail.example.org' }, 'SMTP_URL')
    refusedOnce({ SMTP_URL: 'https://mail.example.org' }, 'SMTP_URL')
    expect(check({ SMTP_URL: 'smtps://user:pass@mail.example.org:465' }).refusals).toEqual([])
  })

  it('refuses a Stripe key without the webhook’s signing secret, and the demo mode’s secrets or stand-in', () => {
    refusedOnce({ STRIPE_WEBHOOK_SECRET: undefined }, 'STRIPE_SECRET_KEY')
    refusedOnce({ STRIPE_WEBHOOK_SECRET: 'whsec_local_demo' }, 'STRIPE_WEBHOOK_SECRET')
    refusedOnce({ STRIPE_SECRET_KEY: 'sk_test_local_demo' }, 'STRIPE_SECRET_KEY')
    refusedOnce({ STRIPE_API_URL: 'http://localhost:12111' }, 'STRIPE_API_URL')
  })

  it('refuses a public site or CMS address that is missing, not http(s), or on this machine', () => {
    for (const variable of ['PUBLIC_SITE_URL', 'CMS_URL']) {
      for (const address of [undefined, 'www.example.org', 'ftp://example.org', 'http://localhost:4321', 'https://localhost', 'http://127.0.0.1:3000', 'http://[::1]:3000', 'http://jrs.localhost']) {
        refusedOnce({ [variable]: address }, variable)
      }
    }
  })

  it('refuses to start without a way for published changes to reach the site', () => {
    refusedOnce({ SITE_BUILD_HOOK_URL: undefined }, 'SITE_BUILD_HOOK_URL')
    refusedOnce({ SITE_BUILD_HOOK_URL: 'not a url' }, 'SITE_BUILD_HOOK_URL')
    // The CMS builds the site itself, e.g. for nginx on the same server.
    expect(check({ SITE_BUILD_HOOK_URL: undefined, SITE_AUTO_REBUILD: '1' })).toEqual({ refusals: [], warnings: [] })
  })

  it('gives one line per problem when there are several', () => {
    const { refusals } = checkProductionEnvironment({ PAYLOAD_SECRET: 'short', STRIPE_SECRET_KEY: 'sk_live_1', PUBLIC_SITE_URL: 'http://localhost:4321' })
    expect(refusals.map((line) => line.split(' ')[0])).toEqual(['PAYLOAD_SECRET', 'TAX_DATA_KEYS', 'SMTP_URL', 'STRIPE_SECRET_KEY', 'PUBLIC_SITE_URL', 'CMS_URL', 'SITE_BUILD_HOOK_URL'])
  })
})

describe('warnings, which do not stop the start', () => {
  it('warns when TRUSTED_PROXIES is empty', () => {
    const { refusals, warnings } = check({ TRUSTED_PROXIES: '' })
    expect(refusals).toEqual([])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^TRUSTED_PROXIES is empty/)
  })

  it('warns when giving is off, in Stripe’s test mode, or an address is plain http', () => {
    expect(check({ STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined })).toEqual({ refusals: [], warnings: [expect.stringMatching(/^STRIPE_SECRET_KEY is not set: online giving is off/)] })
    expect(check({ STRIPE_SECRET_KEY: 'sk_test_51abc' })).toEqual({ refusals: [], warnings: [expect.stringMatching(/test-mode key/)] })
    expect(check({ CMS_URL: 'http://cms.jrsbelgium.org' })).toEqual({ refusals: [], warnings: [expect.stringMatching(/^CMS_URL is not https/)] })
  })
})
