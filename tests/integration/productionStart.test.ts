import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * `npm run start:production` with an unsafe configuration stops at once, exit code 1,
 * one line per problem, before it migrates, builds or starts anything.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'production-start-'))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('npm run start:production', () => {
  it('refuses an unsafe configuration with one line per problem, and starts nothing', () => {
    const started = Date.now()
    // Empty values count as set, so that a developer's .env cannot fill them in.
    const result = spawnSync('npm', ['run', '--silent', 'start:production'], {
      env: {
        ...process.env,
        DATA_DIR: path.join(dataDir, 'data'),
        DATABASE_URL: '',
        PAYLOAD_SECRET: 'local-development-secret-not-for-deployment',
        TAX_DATA_KEYS: '',
        SMTP_URL: '',
        STRIPE_SECRET_KEY: 'sk_live_51abc',
        STRIPE_WEBHOOK_SECRET: '',
        STRIPE_API_URL: '',
        PUBLIC_SITE_URL: 'http://localhost:4321',
        CMS_URL: 'https://cms.example.org',
        SITE_BUILD_HOOK_URL: '',
        SITE_AUTO_REBUILD: '',
        TRUSTED_PROXIES: '',
      },
      encoding: 'utf8',
      timeout: 60_000,
    })
    const output = `${result.stdout}${result.stderr}`
    expect(result.status, output).toBe(1)
    const refused = output.split('\n').filter((line) => line.startsWith('refused: '))
    expect(refused.map((line) => line.split(' ')[1])).toEqual(['PAYLOAD_SECRET', 'TAX_DATA_KEYS', 'SMTP_URL', 'STRIPE_SECRET_KEY', 'PUBLIC_SITE_URL', 'SITE_BUILD_HOOK_URL'])
    expect(output).toMatch(/^warning: TRUSTED_PROXIES is empty/m)
    expect(output).toContain('Not started: 6 problems above')
    // Nothing ran: no step, no database, no data folder.
    expect(output).not.toContain('▸')
    expect(fs.existsSync(path.join(dataDir, 'data'))).toBe(false)
    expect(Date.now() - started).toBeLessThan(30_000)
  })
})
