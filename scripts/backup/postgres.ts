import { spawn } from 'node:child_process'
import pg from 'pg'
import type { MigrationRecord } from './manifest'

/**
 * PostgreSQL's side of backups, through the server's own tools: `pg_dump --format=custom`
 * (a consistent snapshot, taken while the CMS runs) and `pg_restore`. The password is
 * handed over in PGPASSWORD rather than on the command line, where `ps` would show it.
 */
export async function dumpPostgres(databaseUrl: string, target: string): Promise<void> {
  await checkDumpVersion(databaseUrl)
  await run('pg_dump', ['--format=custom', `--file=${target}`], databaseUrl)
  // Read the dump's table of contents back: a file pg_restore cannot list is no backup.
  await run('pg_restore', ['--list', target], undefined)
}

/**
 * Loads a dump into the database of DATABASE_URL, in one transaction: a restore that
 * fails leaves the database as it was. `replace` drops the archive's tables first (the
 * administrator's --force); tables the archive does not have are left alone.
 */
export async function restorePostgres(databaseUrl: string, dumpFile: string, { replace }: { replace: boolean }): Promise<void> {
  const args = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', ...(replace ? ['--clean', '--if-exists'] : []), dumpFile]
  await run('pg_restore', args, databaseUrl)
}

/** Tables, views and sequences outside PostgreSQL's own schemas: anything there means the database is in use. */
export async function postgresObjectCount(databaseUrl: string): Promise<number> {
  const rows = await query<{ count: string }>(
    databaseUrl,
    `SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
  )
  return Number(rows[0].count)
}

export async function postgresMigrations(databaseUrl: string): Promise<MigrationRecord[]> {
  const rows = await query<{ name: string; batch: number }>(databaseUrl, 'SELECT name, batch FROM payload_migrations ORDER BY id')
  return rows.map(({ name, batch }) => ({ name, batch: Number(batch) }))
}

/** pg_dump refuses a server newer than itself; say which client tools to install instead of its own words. */
async function checkDumpVersion(databaseUrl: string): Promise<void> {
  const [{ server_version_num }] = await query<{ server_version_num: string }>(databaseUrl, 'SHOW server_version_num')
  const serverMajor = Math.floor(Number(server_version_num) / 10_000)
  const clientMajor = Number(/(\d+)(?:\.\d+)*/.exec(await output('pg_dump', ['--version']))?.[1])
  if (clientMajor < serverMajor) {
    throw new Error(`pg_dump ${clientMajor} cannot back up a PostgreSQL ${serverMajor} server: install the client tools of version ${serverMajor} (Debian: apt install postgresql-client-${serverMajor}).`)
  }
}

async function query<Row>(databaseUrl: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Row[]
  } finally {
    await client.end()
  }
}

/** The URL without its password, and the environment that hands the password to libpq. */
function connection(databaseUrl: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { args: [`--dbname=${url.toString()}`], env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

function run(command: string, args: string[], databaseUrl: string | undefined): Promise<void> {
  const target = databaseUrl ? connection(databaseUrl) : { args: [], env: process.env }
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...target.args, ...args], { env: target.env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4_000)))
    child.on('error', (error) => reject(missingTool(command, error)))
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}):\n${stderr.trim()}`))))
  })
}

function output(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('error', (error) => reject(missingTool(command, error)))
    child.on('close', () => resolve(stdout))
  })
}

function missingTool(command: string, error: Error): Error {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error
  return new Error(`${command} was not found: install PostgreSQL's client tools, of the server's version (Debian: apt install postgresql-client).`)
}
