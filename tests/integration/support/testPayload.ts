import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Migration, Payload } from 'payload'
import { createScratchDatabase } from '../../../scripts/postgresDatabase'

export type TestCms = {
  payload: Payload
  dataDir: string
  databaseUrl: string
  /** Environment for a child process (a site build, a seed) that must use the same database. */
  env: Record<string, string>
  close: () => Promise<void>
}

/**
 * A CMS of its own for one test file: a temporary data folder, and a fresh database —
 * SQLite in that folder, or a scratch PostgreSQL database beside TEST_DATABASE_URL —
 * brought up to date by the committed migrations, exactly as a deployment would be.
 */
export async function startTestCms(overrides: Record<string, string> = {}): Promise<TestCms> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))
  const postgres = process.env.TEST_DATABASE_URL ? await createScratchDatabase(process.env.TEST_DATABASE_URL, 'cms_test') : undefined
  const databaseUrl = postgres?.url ?? `file:${path.join(dataDir, 'cms.db')}`
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'integration-test-secret',
    PUBLIC_SITE_URL: 'http://localhost:4321',
    // Tests run queued jobs themselves, at the moment they choose.
    JOBS_AUTORUN: 'off',
    ...overrides,
  }
  Object.assign(process.env, env)

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../cms/payload.config')
  const payload = await getPayload({ config })
  // The migrations are handed over imported (not read from disk by Payload) so they load
  // through the test runner's TypeScript support.
  const { migrations } = postgres ? await import('../../../cms/migrations/postgres') : await import('../../../cms/migrations/sqlite')
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

  return {
    payload,
    dataDir,
    databaseUrl,
    env,
    close: async () => {
      // Payload's destroy() leaves the PostgreSQL pool open. Dropping the database ends its
      // connections; the pool must not report that as an unhandled error.
      const db = payload.db as unknown as { pool?: { on(event: 'error', listener: () => void): void } }
      db.pool?.on('error', () => undefined)
      await payload.destroy()
      await postgres?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
