import fs from 'node:fs'
import path from 'node:path'
import { chromium, defineConfig } from '@playwright/test'

/**
 * End-to-end tests in a real Chromium against the whole stack, started exactly as
 * `npm start` starts it, on ports of its own and with a fresh data folder, so that a
 * developer's running site and database are never touched.
 */
// E2E_PORT_OFFSET lets two end-to-end runs share a machine: every port, the data folder
// and the CMS build folder move with it.
const offset = Number(process.env.E2E_PORT_OFFSET || 0)
const sitePort = 4331 + offset
const cmsPort = 3010 + offset
const mailSmtpPort = 1035 + offset
const mailWebPort = 1090 + offset
const localStripePort = 12121 + offset
const dataDir = `.test-data/e2e${offset || ''}`
export const siteUrl = `http://localhost:${sitePort}`
export const cmsUrl = `http://localhost:${cmsPort}`
export const mailUrl = `http://localhost:${mailWebPort}`
export const e2eDataDir = dataDir

/** Playwright's own Chromium where it is installed, else the system's (Debian's chromium package). */
function chromiumExecutable(): string | undefined {
  if (fs.existsSync(chromium.executablePath())) return undefined
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  throw new Error('No Chromium found: install Debian\'s "chromium" package or run "npx playwright install chromium".')
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Apart per offset too, so that two runs never delete each other's traces.
  outputDir: `test-results${offset ? `-${offset}` : ''}`,
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: siteUrl,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `rm -rf ${dataDir} && node --import tsx scripts/start.ts`,
    url: `${siteUrl}/`,
    timeout: 400_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      DATA_DIR: dataDir,
      SITE_OUT_DIR: `${dataDir}/site`,
      DATABASE_URL: `file:${path.resolve(dataDir, 'cms.db')}`,
      NEXT_DIST_DIR: `.next-e2e${offset || ''}`,
      SITE_PORT: String(sitePort),
      CMS_PORT: String(cmsPort),
      PUBLIC_SITE_URL: siteUrl,
      CMS_URL: cmsUrl,
      // A developer's own mail server or Stripe key must not leak into the tests.
      SMTP_URL: '',
      STRIPE_SECRET_KEY: '',
      STRIPE_API_URL: '',
      STRIPE_WEBHOOK_SECRET: '',
      MAILDEV_SMTP_PORT: String(mailSmtpPort),
      MAILDEV_WEB_PORT: String(mailWebPort),
      LOCAL_STRIPE_PORT: String(localStripePort),
    },
  },
})
