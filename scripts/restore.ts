/**
 * `npm run restore -- <archive> [--force]`: brings a machine back to the state of a
 * backup made by `npm run backup`, with the CMS stopped. DATA_DIR and DATABASE_URL (from
 * the environment or .env) say where to: SQLite's file and the media and private files
 * into DATA_DIR; a PostgreSQL dump into the empty database DATABASE_URL names (create it
 * first). Nothing is overwritten without --force: not a data folder that holds anything
 * (with --force it is kept aside, renamed), nor a database with tables (with --force the
 * archive's tables replace them). The archive is checked whole before anything changes.
 *
 * With object storage (S3_BUCKET), the images and private files go back into the bucket(s)
 * instead of DATA_DIR (scripts/backup/objectFiles.ts), whichever store made the archive;
 * buckets that already hold files are refused without --force, as a data folder is.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { dataDir, databaseUrl, usesPostgres } from '../cms/env'
import { cmsDir } from '../cms/paths'
import { objectStorage } from '../cms/storage/settings'
import { extractArchive, readManifest } from './backup/archive'
import { dataFolders, hasData, restrictPrivateFiles } from './backup/dataFiles'
import { describeStorage, objectCount, uploadObjectFiles } from './backup/objectFiles'
import { damagedFiles, type DatabaseKind, type Manifest } from './backup/manifest'
import { postgresObjectCount, restorePostgres } from './backup/postgres'
import { checkSqliteFile, sqliteFilePath } from './backup/sqlite'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } })
const archive = positionals[0] ? path.resolve(positionals[0]) : undefined
const force = values.force!
const kind: DatabaseKind = usesPostgres ? 'postgres' : 'sqlite'
const sqliteFile = usesPostgres ? undefined : sqliteFilePath(databaseUrl)
const storage = objectStorage()
// Unpacked beside DATA_DIR, so that moving it into place is a rename on one file system.
const staging = `${dataDir}.restoring-${process.pid}`

try {
  if (!archive || !fs.existsSync(archive)) throw new Error(`Give the archive to restore: npm run restore -- backups/backup-….tar.gz${archive ? ` (${archive} does not exist)` : ''}`)
  const manifest = await readManifest(archive)
  if (manifest.database.kind !== kind) {
    throw new Error(`The archive holds a ${manifest.database.kind} database, but DATABASE_URL here is ${kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}: set DATABASE_URL to match.`)
  }
  await refuseToOverwrite()

  console.log(`Restoring the backup of ${manifest.createdAt} (${manifest.app.name} ${manifest.app.version}${manifest.app.commit ? `, ${manifest.app.commit}` : ''})…`)
  await extractArchive(archive, staging)
  const damaged = await damagedFiles(staging, [manifest.database, ...manifest.files])
  if (damaged.length > 0) throw new Error(`The archive is damaged; nothing was restored:\n  ${damaged.join('\n  ')}`)

  // The database first: if it fails, the data folder has not changed either.
  const databaseCopy = path.join(staging, manifest.database.path)
  if (kind === 'postgres') await restorePostgres(databaseUrl, databaseCopy, { replace: force })
  else await checkSqliteFile(databaseCopy)
  if (storage) {
    await uploadObjectFiles(storage, staging, manifest.files.map((file) => file.path))
    // They are in the bucket now: none goes into DATA_DIR, where the CMS would not look.
    for (const folder of dataFolders) fs.rmSync(path.join(staging, folder), { recursive: true, force: true })
  }
  moveDataFolderIntoPlace(kind === 'sqlite' ? databaseCopy : undefined)

  console.log(`Restored: the ${kind} database (${manifest.database.migrations.length} migrations) and ${manifest.files.length} files into ${storage ? describeStorage(storage) : dataDir}.`)
  reportMigrations(manifest)
} catch (error) {
  console.error(`Restore refused or failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  fs.rmSync(staging, { recursive: true, force: true })
}

async function refuseToOverwrite() {
  const problems: string[] = []
  if (hasData(dataDir)) problems.push(`the data folder ${dataDir} is not empty (with --force it is kept aside as ${dataDir}.before-restore-…)`)
  if (sqliteFile && !isInside(sqliteFile, dataDir) && fs.existsSync(sqliteFile)) problems.push(`the database file ${sqliteFile} exists`)
  if (kind === 'postgres') {
    const objects = await postgresObjectCount(databaseUrl)
    if (objects > 0) problems.push(`the database of DATABASE_URL has ${objects} tables and sequences (with --force the archive's replace them)`)
  }
  if (storage) {
    const objects = await objectCount(storage)
    if (objects > 0) problems.push(`${describeStorage(storage)} hold ${objects} files (with --force the archive's are written over them; others stay)`)
  }
  if (problems.length > 0 && !force) throw new Error(`this is not an empty place: ${problems.join('; ')}. Stop the CMS, and add --force to restore over it.`)
}

/** The unpacked files (and SQLite's file) become DATA_DIR; what was there is renamed, never deleted. */
function moveDataFolderIntoPlace(sqliteCopy: string | undefined) {
  const restored = path.join(staging, 'data')
  fs.mkdirSync(restored)
  for (const folder of dataFolders) if (fs.existsSync(path.join(staging, folder))) fs.renameSync(path.join(staging, folder), path.join(restored, folder))
  restrictPrivateFiles(restored)
  if (sqliteCopy && sqliteFile && isInside(sqliteFile, dataDir)) {
    fs.mkdirSync(path.join(restored, path.dirname(path.relative(dataDir, sqliteFile))), { recursive: true })
    fs.renameSync(sqliteCopy, path.join(restored, path.relative(dataDir, sqliteFile)))
  }
  if (fs.existsSync(dataDir)) {
    if (hasData(dataDir)) {
      const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
      fs.renameSync(dataDir, aside)
      console.log(`Kept the previous data folder as ${aside}.`)
    } else fs.rmdirSync(dataDir)
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  fs.renameSync(restored, dataDir)
  if (sqliteCopy && sqliteFile && !isInside(sqliteFile, dataDir)) {
    if (fs.existsSync(sqliteFile)) fs.renameSync(sqliteFile, `${sqliteFile}.before-restore-${Date.now()}`)
    fs.mkdirSync(path.dirname(sqliteFile), { recursive: true })
    fs.copyFileSync(sqliteCopy, sqliteFile)
  }
}

/** The archive's migrations against this code's: an older backup is brought up to date by `npm run migrate`. */
function reportMigrations(manifest: Manifest) {
  const known = fs
    .readdirSync(path.join(cmsDir, 'migrations', kind))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''))
  const restored = new Set(manifest.database.migrations.map(({ name }) => name))
  const unknown = [...restored].filter((name) => !known.includes(name))
  const pending = known.filter((name) => !restored.has(name))
  if (unknown.length > 0) console.warn(`Warning: this code does not know the archive's migrations ${unknown.join(', ')}: deploy the version that made the backup (${manifest.app.version}${manifest.app.commit ? `, ${manifest.app.commit}` : ''}) before starting the CMS.`)
  if (pending.length > 0) console.log(`Next: npm run migrate (${pending.length} newer migrations), then start the CMS.`)
  else console.log('Next: start the CMS.')
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}
