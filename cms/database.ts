import fs from 'node:fs'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client, TransactionMode } from '@libsql/client'
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
  return keepBusyTimeoutAcrossTransactions(
    sqliteAdapter({
      client: { url: databaseUrl },
      push: false,
      migrationDir: path.join(migrationsRoot, 'sqlite'),
      // The site build and the CMS server share the file: wait for a lock instead of failing.
      busyTimeout: busyTimeoutMs,
      wal: true,
      // SQLite transactions are off unless asked for; a record and its queued email, or a
      // payment and its Stripe event id, must be written together.
      transactionOptions: {},
    }),
  )
}

const busyTimeoutMs = 10_000

/**
 * libsql hands its open connection to each transaction and opens a fresh one for the
 * next statements, without the PRAGMA busy_timeout Payload set on the first. Two writes
 * at the same moment (a webhook and a pledge, say) would then fail at once with "database
 * is locked" instead of waiting their turn: set it again on every new connection.
 */
function keepBusyTimeoutAcrossTransactions(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init
  adapterObj.init = (args) => {
    const adapter = init(args) as ReturnType<typeof init> & { client?: Client }
    const connect = adapter.connect
    adapter.connect = async (...connectArgs) => {
      await connect?.apply(adapter, connectArgs)
      const client = adapter.client
      if (!client) return
      const transaction = client.transaction.bind(client)
      client.transaction = (async (mode?: TransactionMode) => {
        const tx = await transaction(mode)
        await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs};`)
        return tx
      }) as Client['transaction']
    }
    return adapter
  }
  return adapterObj
}
