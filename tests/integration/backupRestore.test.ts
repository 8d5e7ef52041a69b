import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import type { Payload } from 'payload'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { createScratchDatabase } from '../../scripts/postgresDatabase'
import { readManifest } from '../../scripts/backup/archive'
import { serveApi } from './support/api'
import { createCvStaff, cvDownloads } from './support/cvDownloads'
import { pdfDocument } from './support/documents'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply, roleId, solvedProof, stopCrons } from './support/volunteering'

/**
 * A backup restores: a site with content, a gift, an application with its CV, a pledge
 * and an image is backed up while its CMS runs, then wiped out entirely; the archive is
 * restored into an empty data folder (and, with TEST_DATABASE_URL, an empty PostgreSQL
 * database), and a new CMS on it has every record and every file, and lets the
 * coordinator, and only the coordinator, download the CV. Restoring over data is refused
 * unless forced, and a damaged archive is refused before anything changes.
 */
const postgres = process.env.TEST_DATABASE_URL
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-restore-'))
const scratchDatabases: { drop: () => Promise<void> }[] = []

let before: { records: Record<string, unknown>; files: Record<string, string>; migrations: string[] }
let archive: string
let applicationId: number | string
let restored: { payload: Payload; env: Record<string, string>; api: Awaited<ReturnType<typeof serveApi>> }

beforeAll(async () => {
  const original = await startTestCms()
  try {
    await fillSite(original)
    before = { records: await everyRecord(original.payload), files: fileHashes(original.dataDir), migrations: await migrationNames(original.payload) }
    // Backed up while this CMS is open, as on a running server.
    const backup = await npm(['run', '--silent', 'backup', '--', '--out', path.join(work, 'archives')], original.env)
    expect(backup.code, backup.output).toBe(0)
    archive = path.join(work, 'archives', fs.readdirSync(path.join(work, 'archives'))[0])
  } finally {
    // The machine is lost: its data folder and its database go.
    await original.close()
  }

  const target = await emptyPlace('restored')
  const restore = await npm(['run', '--silent', 'restore', '--', archive], target)
  expect(restore.code, restore.output).toBe(0)
  restored = { ...(await openRestoredCms(target)), env: target }
}, 300_000)

afterAll(async () => {
  await restored?.api.close()
  if (restored) await closeCms(restored.payload)
  for (const database of scratchDatabases) await database.drop()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run backup', () => {
  it('writes one archive with the database, the files and a manifest of where they come from', async () => {
    const manifest = await readManifest(archive)
    expect(manifest.database.kind).toBe(postgres ? 'postgres' : 'sqlite')
    expect(manifest.database.migrations.map(({ name }) => name)).toEqual(before.migrations)
    expect(manifest.app).toMatchObject({ name: 'jrs-belgium-site', version: expect.any(String) })
    expect(manifest.files.map(({ path }) => path).sort()).toEqual(Object.keys(before.files).sort())
    const entries: string[] = []
    await tar.list({ file: archive, onReadEntry: (entry) => void entries.push(entry.path) })
    expect(entries[0]).toBe('manifest.json')
    expect(entries).toContain(manifest.database.path)
    // It holds CVs and donors' details.
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600)
    expect(fs.readdirSync(path.dirname(archive))).toEqual([path.basename(archive)])
  })
})

describe('npm run restore, into an empty place', () => {
  it('brings back every record, in every language, with the migrations that made them', async () => {
    for (const collection of ['pages', 'donations', 'volunteer-applications', 'pledges', 'media', 'users']) expect((before.records[collection] as unknown[]).length, collection).toBeGreaterThan(0)
    expect(await everyRecord(restored.payload)).toEqual(before.records)
    expect(await migrationNames(restored.payload)).toEqual(before.migrations)
  })

  it('brings back every uploaded image and CV, byte for byte, the CVs readable by the CMS alone', () => {
    const files = fileHashes(restored.env.DATA_DIR)
    expect(files).toEqual(before.files)
    expect(Object.keys(files).filter((file) => file.startsWith('media/')).length).toBeGreaterThanOrEqual(4)
    const cvs = Object.keys(files).filter((file) => file.startsWith('private/cv/'))
    expect(cvs).toHaveLength(1)
    expect(fs.statSync(path.join(restored.env.DATA_DIR, cvs[0])).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.join(restored.env.DATA_DIR, 'private', 'cv')).mode & 0o777).toBe(0o700)
  })

  it('lets the coordinator download the CV, and refuses it to everyone else', async () => {
    const { coordinator, refused } = await cvDownloads(restored.api.url, applicationId)
    expect(coordinator.status).toBe(200)
    expect(Buffer.from(await coordinator.arrayBuffer())).toEqual(Buffer.from(pdfDocument('Backed up CV')))
    expect(refused).toEqual({ anonymous: 401, communication: 403, finance: 403 })
  })
})

describe('npm run restore, over data', () => {
  it('refuses a data folder or database that holds anything, and says how to force it', async () => {
    const again = await npm(['run', '--silent', 'restore', '--', archive], restored.env)
    expect(again.code).toBe(1)
    expect(again.output).toContain(`the data folder ${restored.env.DATA_DIR} is not empty`)
    if (postgres) expect(again.output).toMatch(/the database of DATABASE_URL has \d+ tables/)
    expect(again.output).toContain('--force')
  })

  it('refuses a damaged archive before changing anything', async () => {
    const damaged = path.join(work, 'damaged.tar.gz')
    const unpacked = path.join(work, 'unpacked')
    fs.mkdirSync(unpacked)
    await tar.extract({ file: archive, cwd: unpacked })
    const cv = fs.readdirSync(path.join(unpacked, 'private', 'cv'))[0]
    fs.appendFileSync(path.join(unpacked, 'private', 'cv', cv), 'tampered')
    await tar.create({ file: damaged, cwd: unpacked, gzip: true }, fs.readdirSync(unpacked))
    const target = await emptyPlace('damaged')
    const result = await npm(['run', '--silent', 'restore', '--', damaged], target)
    expect(result.code).toBe(1)
    expect(result.output).toContain(`private/cv/${cv}: not the file that was backed up`)
    expect(fs.existsSync(target.DATA_DIR)).toBe(false)
  })

  it('with --force, restores over them and keeps the previous data folder aside', async () => {
    await restored.api.close()
    await closeCms(restored.payload)
    const forced = await npm(['run', '--silent', 'restore', '--', archive, '--force'], restored.env)
    expect(forced.code, forced.output).toBe(0)
    const aside = fs.readdirSync(path.dirname(restored.env.DATA_DIR)).filter((name) => name.startsWith(`${path.basename(restored.env.DATA_DIR)}.before-restore-`))
    expect(aside).toHaveLength(1)
    expect(fileHashes(restored.env.DATA_DIR)).toEqual(before.files)
    restored = { ...(await openRestoredCms(restored.env)), env: restored.env }
    expect(await everyRecord(restored.payload)).toEqual(before.records)
  })
})

/** Seeded content, staff, a gift recorded by hand, an application with its CV, a pledge and an image. */
async function fillSite(cms: TestCms) {
  const { payload } = cms
  await seedProfile(payload, await loadProfile('jrs-belgium'))
  for (const locale of ['nl', 'fr', 'en'] as const) await payload.updateGlobal({ slug: 'organisation', locale, data: { emails: { general: 'info@example.org' } } })
  await createCvStaff(payload)
  await payload.create({
    collection: 'donations',
    data: { source: 'offline', kind: 'bank-transfer', status: 'paid', amountCents: 12_500, receivedAt: new Date().toISOString(), donorName: 'Parish of Sint-Jan', structuredCommunication: '+++123/4567/89002+++' },
    overrideAccess: true,
  })
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4ed8' } }).png().toBuffer()
  await payload.create({ collection: 'media', data: { alt: { nl: 'Een blauw vlak', fr: 'Une surface bleue', en: 'A blue surface' } }, file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length } })

  const api = await serveApi(cms)
  try {
    await stopCrons(api.url, payload)
    const application = await apply(api.url, {
      role: await roleId(payload, 'friendly-visitor'),
      track: 'standard',
      locale: 'en',
      name: 'Sam Peeters',
      email: 'sam.peeters@example.org',
      phone: '0470 12 34 56',
      preferredLanguage: 'en',
      town: 'Gent',
      'languages.0.language': 'English',
      'languages.0.level': 'fluent',
      hoursPerWeek: '3',
      motivation: 'I would like to visit people in detention.',
      consent: 'true',
      altcha: await solvedProof(api.url),
    }, { cv: { bytes: pdfDocument('Backed up CV'), name: 'cv.pdf' } })
    expect(application.status).toBe(201)
    applicationId = (await payload.find({ collection: 'volunteer-applications', where: { reference: { equals: application.body.reference } }, overrideAccess: true })).docs[0].id

    const [need] = (await payload.find({ collection: 'needs', where: { status: { equals: 'open' } }, limit: 1, overrideAccess: true })).docs
    const pledge = await fetch(`${api.url}/api/pledges`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.9.8.7' },
      body: JSON.stringify({ need: need.id, quantity: 1, name: 'An Peeters', email: 'an@example.be', consent: true, locale: 'nl' }),
    })
    expect(pledge.status).toBe(201)
  } finally {
    await api.close()
  }
  for (const collection of ['donations', 'volunteer-applications', 'pledges', 'media'] as const) expect((await payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBeGreaterThan(0)
}

/** Every document of every collection and global, published and every version, in all languages, hidden fields included. */
async function everyRecord(payload: Payload): Promise<Record<string, unknown>> {
  const records: Record<string, unknown> = {}
  const options = { depth: 0, pagination: false, overrideAccess: true, locale: 'all', showHiddenFields: true } as const
  for (const collection of payload.config.collections) {
    const slug = collection.slug as never
    records[collection.slug] = (await payload.find({ collection: slug, sort: 'id', ...options })).docs
    if (collection.versions) records[`${collection.slug} versions`] = (await payload.findVersions({ collection: slug, sort: 'id', ...options })).docs
  }
  for (const global of payload.config.globals) records[`global ${global.slug}`] = await payload.findGlobal({ slug: global.slug as never, ...options })
  return records
}

async function migrationNames(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'payload-migrations', sort: 'id', pagination: false, overrideAccess: true })
  return docs.map((doc) => String(doc.name))
}

/** Path under DATA_DIR → SHA-256, for the folders a backup keeps. */
function fileHashes(dataDir: string): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const folder of ['media', 'private']) {
    const root = path.join(dataDir, folder)
    if (!fs.existsSync(root)) continue
    for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(root, file)
      if (fs.statSync(full).isFile()) hashes[`${folder}/${file.split(path.sep).join('/')}`] = createHash('sha256').update(fs.readFileSync(full)).digest('hex')
    }
  }
  return hashes
}

/** A data folder that does not exist yet and, on PostgreSQL, a new empty database. */
async function emptyPlace(name: string): Promise<Record<string, string>> {
  const dataDir = path.join(work, `${name}-data`)
  let databaseUrl = `file:${path.join(dataDir, 'cms.db')}`
  if (postgres) {
    const database = await createScratchDatabase(postgres, name)
    scratchDatabases.push(database)
    databaseUrl = database.url
  }
  return { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'integration-test-secret', JOBS_AUTORUN: 'off' }
}

/**
 * A CMS started afresh on the restored place: the CMS modules are loaded again, since
 * they read DATA_DIR and DATABASE_URL when first imported, and Payload's cached instance
 * (global._payload, which its REST handler looks up by the default key) is forgotten, so
 * that requests reach the new one. No migration is run: they come with the database.
 */
async function openRestoredCms(env: Record<string, string>) {
  Object.assign(process.env, env)
  vi.resetModules()
  ;(globalThis as unknown as { _payload: Map<string, unknown> })._payload.delete('default')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  const api = await serveApi({ payload } as TestCms)
  await stopCrons(api.url, payload)
  return { payload, api }
}

/** Payload's destroy() leaves PostgreSQL's pool open: dropping the scratch database later must not count as an error. */
async function closeCms(payload: Payload) {
  ;(payload.db as unknown as { pool?: { on(event: 'error', listener: () => void): void } }).pool?.on('error', () => undefined)
  await payload.destroy()
}

function npm(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code, output }))
  })
}
