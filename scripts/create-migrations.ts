/**
 * `npm run migrate:create -- <name>`: writes a migration for each database dialect after
 * a change to collections, globals or fields. Both are committed; SQLite's runs on a
 * laptop, PostgreSQL's on a deployed site.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createScratchDatabase } from './postgresDatabase'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name in lower case, e.g. add_donations> [--fresh]')
  process.exit(1)
}

// --fresh: replace every migration with one made from the current schema. Only for as
// long as no database that must be kept (a deployed one) has run the old migrations.
if (process.argv.includes('--fresh')) {
  for (const dialect of ['sqlite', 'postgres']) {
    const dir = path.join('cms', 'migrations', dialect)
    for (const file of fs.readdirSync(dir)) if (file !== 'index.ts') fs.rmSync(path.join(dir, file))
    fs.writeFileSync(path.join(dir, 'index.ts'), 'export const migrations = []\n')
  }
}
const postgresBase = process.env.MIGRATIONS_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

function payloadCli(args: string[], env: Record<string, string>) {
  execFileSync('payload', args, {
    stdio: 'inherit',
    env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', NODE_ENV: 'development', ...env },
  })
}

const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
try {
  payloadCli(['migrate', '--force-accept-warning'], { DATABASE_URL: `file:${scratchDir}/sqlite.db` })
  payloadCli(['migrate:create', name], { DATABASE_URL: `file:${scratchDir}/sqlite.db` })
} finally {
  fs.rmSync(scratchDir, { recursive: true, force: true })
}

const postgres = await createScratchDatabase(postgresBase, 'migrations')
try {
  payloadCli(['migrate', '--force-accept-warning'], { DATABASE_URL: postgres.url })
  payloadCli(['migrate:create', name], { DATABASE_URL: postgres.url })
} finally {
  await postgres.drop()
}
