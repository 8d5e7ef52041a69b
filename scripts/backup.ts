/**
 * `npm run backup [-- --out <folder or file.tar.gz>]`: one archive holding the database,
 * the uploaded media and the private files (applicants' CVs), with a manifest; safe to run
 * while the CMS is serving. Default: backups/backup-<date>.tar.gz. `npm run restore`
 * brings it back (scripts/restore.ts); docs/deploy.md says when to run which.
 *
 * The database is copied first, then the files. A file is written before the record that
 * names it is committed (cms/volunteering/files.ts), so every record in the copy finds its
 * file; a file uploaded meanwhile, whose record is not in the copy, is removed by the
 * CMS's sweep after a restore (cms/recovery/).
 *
 * With object storage (S3_BUCKET), the images and private files are read from the bucket
 * (scripts/backup/objectFiles.ts) into the same places of the archive, so the archive is
 * the same whichever store made it, and restores into either.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { dataDir, databaseUrl, usesPostgres } from '../cms/env'
import { projectRoot } from '../cms/paths'
import { objectStorage } from '../cms/storage/settings'
import { writeArchive } from './backup/archive'
import { dataFolders, listDataFiles } from './backup/dataFiles'
import { describeStorage, downloadObjectFiles } from './backup/objectFiles'
import { archiveFormat, type DatabaseKind, describeFile, type Manifest, manifestName, type MigrationRecord } from './backup/manifest'
import { dumpPostgres, postgresMigrations } from './backup/postgres'
import { copySqliteOnline, sqliteMigrations } from './backup/sqlite'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const createdAt = new Date()
const archive = archivePath(values.out, createdAt)
// The archive holds CVs and donors' details: a folder of the server's user alone. The
// database copy is staged there too, where there is room for the archive anyway.
fs.mkdirSync(path.dirname(archive), { recursive: true, mode: 0o700 })
const staging = fs.mkdtempSync(path.join(path.dirname(archive), '.backup-'))

try {
  const kind: DatabaseKind = usesPostgres ? 'postgres' : 'sqlite'
  const databaseFile = `database/${kind === 'postgres' ? 'postgres.dump' : 'cms.db'}`
  fs.mkdirSync(path.join(staging, 'database'))
  console.log(`Database (${kind}): copying…`)
  const migrations = await copyDatabase(kind, path.join(staging, databaseFile))

  const storage = objectStorage()
  let files: string[]
  if (storage) {
    console.log(`Files: copying from ${describeStorage(storage)}…`)
    files = await downloadObjectFiles(storage, staging)
    console.log(`Files: ${files.length} from object storage`)
  } else {
    files = listDataFiles(dataDir)
    console.log(`Files: ${files.length} in ${dataDir}`)
    // The archive reads media/ and private/ through links to DATA_DIR: nothing is copied twice.
    for (const folder of dataFolders) if (fs.existsSync(path.join(dataDir, folder))) fs.symlinkSync(path.join(dataDir, folder), path.join(staging, folder), 'dir')
  }

  // One file at a time: a media folder of thousands of images must not open them all at once.
  const described: Manifest['files'] = []
  for (const file of files) described.push(await describeFile(staging, file))
  const manifest: Manifest = {
    format: archiveFormat,
    createdAt: createdAt.toISOString(),
    app: appVersion(),
    database: { kind, ...(await describeFile(staging, databaseFile)), migrations },
    files: described,
  }
  fs.writeFileSync(path.join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)

  await writeArchive(archive, staging, [manifestName, databaseFile, ...files])
  const size = (fs.statSync(archive).size / 1e6).toFixed(1)
  console.log(`Backup written: ${archive} (${size} MB; ${migrations.length} migrations, ${files.length} files). Keep a copy on another machine.`)
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  fs.rmSync(staging, { recursive: true, force: true })
}

async function copyDatabase(kind: DatabaseKind, target: string): Promise<MigrationRecord[]> {
  if (kind === 'postgres') {
    await dumpPostgres(databaseUrl, target)
    return postgresMigrations(databaseUrl)
  }
  await copySqliteOnline(databaseUrl, target)
  return sqliteMigrations(target)
}

function archivePath(out: string | undefined, date: Date): string {
  const name = `backup-${date.toISOString().replace(/[:.]/g, '-')}.tar.gz`
  if (!out) return path.join(projectRoot, 'backups', name)
  const resolved = path.resolve(out)
  return /\.(tar\.gz|tgz)$/.test(resolved) ? resolved : path.join(resolved, name)
}

/** Which code made the backup: what a restore compares its migrations against. */
function appVersion(): Manifest['app'] {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string }
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' })
  return { name, version, ...(git.status === 0 ? { commit: git.stdout.trim() } : {}) }
}
