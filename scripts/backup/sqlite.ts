import path from 'node:path'
import { createClient } from '@libsql/client'
import type { MigrationRecord } from './manifest'

/**
 * SQLite's side of backups. The copy is taken with `VACUUM INTO` while the CMS may be
 * running: it reads one consistent snapshot (WAL mode lets it read beside the writer)
 * and writes a compact, self-contained file, with nothing in a -wal file left behind,
 * which copying cms.db by hand could not promise.
 */
export function sqliteFilePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, '').replace(/\?.*$/, ''))
}

export async function copySqliteOnline(databaseUrl: string, target: string): Promise<void> {
  const client = createClient({ url: databaseUrl })
  try {
    // The CMS may be mid-write: wait for its lock rather than fail.
    await client.execute('PRAGMA busy_timeout = 30000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
  await checkSqliteFile(target)
}

/** A copy that SQLite itself finds sound, or an error. */
export async function checkSqliteFile(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    const verdict = rows.map((row) => String(Object.values(row)[0])).join('; ')
    if (verdict !== 'ok') throw new Error(`The SQLite copy ${file} is damaged: ${verdict}`)
  } finally {
    client.close()
  }
}

/** The migrations recorded in a database file, in the order they ran. */
export async function sqliteMigrations(file: string): Promise<MigrationRecord[]> {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('SELECT name, batch FROM payload_migrations ORDER BY id')
    return rows.map((row) => ({ name: String(row.name), batch: Number(row.batch) }))
  } finally {
    client.close()
  }
}
