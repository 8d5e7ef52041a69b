import fs from 'node:fs'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'
import { databaseUrl, usesPostgres } from './env'
import { claimJobsOnce } from './jobs/claimOnce'
import { cmsDir } from './paths'
import { serializeWrites } from './sqlite/SerializedSqliteClient'

const migrationsRoot = path.join(cmsDir, 'migrations')

/**
 * SQLite by default, PostgreSQL when DATABASE_URL says so. The schema never changes by
 * itself (`push: false`): every change is a committed migration, one folder per dialect,
 * so that a deployed PostgreSQL can be upgraded without data loss.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  if (usesPostgres) {
    // Several CMS instances may share it: each queued job is claimed by one of them (cms/jobs/claimOnce.ts).
    return claimJobsOnce(
      postgresAdapter({
        pool: { connectionString: databaseUrl },
        push: false,
        migrationDir: path.join(migrationsRoot, 'postgres'),
      }),
    )
  }
  if (databaseUrl.startsWith('file:') && !databaseUrl.includes(':memory:')) {
    fs.mkdirSync(path.dirname(databaseUrl.slice('file:'.length)), { recursive: true })
  }
  return oneWriterAtATime(
    sqliteAdapter({
      client: { url: databaseUrl },
      push: false,
      migrationDir: path.join(migrationsRoot, 'sqlite'),
      // Other processes (the site build, a seed) share the file: wait for its lock instead of failing.
      busyTimeout: busyTimeoutMs,
      wal: true,
      // SQLite transactions are off unless asked for; a record and its queued email, or a
      // payment and its Stripe event id, must be written together.
      transactionOptions: {},
    }),
  )
}

const busyTimeoutMs = 10_000

/** SQLite takes one writer at a time: see SerializedSqliteClient for why and how. */
function oneWriterAtATime(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init
  adapterObj.init = (args) => {
    const adapter = init(args) as ReturnType<typeof init> & { client?: Client }
    const connect = adapter.connect
    adapter.connect = async (...connectArgs) => {
      await connect?.apply(adapter, connectArgs)
      if (!adapter.client) return
      await serializeWrites(adapter.client, {
        url: databaseUrl,
        busyTimeoutMs,
        onAbandoned: (idleMs) => adapter.payload.logger.error(`SQLite: a transaction sat ${idleMs} ms without a statement; rolled back so that other writes can go on.`),
      })
    }
    return adapter
  }
  return adapterObj
}
