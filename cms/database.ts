import fs from 'node:fs'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { databaseUrl, usesPostgres } from './env'
import { cmsDir } from './paths'

const migrationsRoot = path.join(cmsDir, 'migrations')

/**
 * SQLite by default, PostgreSQL when DATABASE_URL says so. The schema never changes by
 * itself (`push: false`): every change is a committed migration, one folder per dialect,
 * so that a deployed PostgreSQL can be upgraded without data loss.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  if (usesPostgres) {
    return postgresAdapter({
      pool: { connectionString: databaseUrl },
      push: false,
      migrationDir: path.join(migrationsRoot, 'postgres'),
    })
  }
  if (databaseUrl.startsWith('file:') && !databaseUrl.includes(':memory:')) {
    fs.mkdirSync(path.dirname(databaseUrl.slice('file:'.length)), { recursive: true })
  }
  return sqliteAdapter({
    client: { url: databaseUrl },
    push: false,
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    // The site build and the CMS server share the file: wait for a lock instead of failing.
    busyTimeout: 10_000,
    wal: true,
    // SQLite transactions are off unless asked for; a record and its queued email, or a
    // payment and its Stripe event id, must be written together.
    transactionOptions: {},
  })
}
