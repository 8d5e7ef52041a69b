import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { createScratchDatabase } from '../../scripts/postgresDatabase'
import { serveApi } from './support/api'
import { createCvStaff, cvDownloads, logIn } from './support/cvDownloads'
import { pdfDocument } from './support/documents'
import { startS3Server, type TestS3 } from './support/s3Server'
import { startTestCms, type TestCms } from './support/testPayload'
import { apply, roleId, solvedProof, stopCrons } from './support/volunteering'

/**
 * Object storage (S3_BUCKET), against a local S3-compatible server this file starts: the
 * images go to the bucket and reach anyone through the CMS and the site build; applicants'
 * files go to the private prefix, encrypted at rest, unreadable to an anonymous request on
 * the bucket, and reach the coordinator alone through the CMS; the sweep after a restart
 * finds orphans in the bucket; a backup reads both from the bucket and a restore puts them
 * back into another one. On SQLite, or PostgreSQL with TEST_DATABASE_URL.
 */
const bucket = 'jrs-files'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'object-storage-'))

let s3: TestS3
let cms: TestCms
let api: { url: string; close: () => Promise<void> }
let bucketClient: S3Client
let image: { id: number | string; filename: string; sizes: string[] }
let application: { id: number | string; storedName: string }
const cvBytes = pdfDocument('CV in the bucket')

beforeAll(async () => {
  s3 = await startS3Server([bucket, 'jrs-restored', 'jrs-restored-private'])
  Object.assign(process.env, s3.env(bucket))
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  for (const locale of ['nl', 'fr', 'en'] as const) await cms.payload.updateGlobal({ slug: 'organisation', locale, data: { emails: { general: 'info@example.org', volunteers: 'coordinator@example.org' } } })
  await createCvStaff(cms.payload)
  api = await serveApi(cms)
  await stopCrons(api.url, cms.payload)
  bucketClient = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
}, 240_000)

afterAll(async () => {
  await api?.close()
  await cms?.close()
  await s3?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('images, with S3_BUCKET set', () => {
  it('an editor\'s upload lands in the bucket under media/, and not on the CMS\'s disk', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4ed8' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new File([new Uint8Array(png)], 'blue.png', { type: 'image/png' }))
    form.append('_payload', JSON.stringify({ alt: { nl: 'Een blauw vlak', fr: 'Une surface bleue', en: 'A blue surface' } }))
    const upload = await fetch(`${api.url}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${await logIn(api.url, 'communication')}` } })
    expect(upload.status, await upload.clone().text()).toBe(201)
    const { doc } = (await upload.json()) as { doc: { id: number; filename: string; url: string; sizes: Record<string, { filename: string }> } }
    image = { id: doc.id, filename: doc.filename, sizes: Object.values(doc.sizes).map((size) => size.filename) }
    expect(doc.filename).toMatch(/\.webp$/)
    // The CMS's own address, as without a bucket: nothing points at the bucket.
    expect(new URL(doc.url).pathname).toBe(`/api/media/file/${doc.filename}`)

    const keys = await bucketKeys(bucket, 'media/')
    for (const file of [image.filename, ...image.sizes]) expect(keys).toContain(`media/${file}`)
    expect(fs.existsSync(path.join(cms.dataDir, 'media'))).toBe(false)
  })

  it('is served to anyone through the CMS\'s URL, and the site build reads it from the bucket', async () => {
    const stored = await objectBytes(bucket, `media/${image.filename}`)
    for (const address of [`/api/media/file/${image.filename}`, `/api/media/file/${image.filename}?prefix=media`]) {
      const served = await fetch(`${api.url}${address}`)
      expect(served.status, address).toBe(200)
      expect(served.headers.get('content-type')).toBe('image/webp')
      expect(Buffer.from(await served.arrayBuffer())).toEqual(stored)
    }

    // What site/pages/media/[file].ts copies into the built site.
    const { readMediaFile } = await import('../../cms/storage/mediaStorage')
    const doc = await cms.payload.findByID({ collection: 'media', id: image.id, depth: 0 })
    expect(Buffer.from(await readMediaFile(doc, image.sizes[0]))).toEqual(await objectBytes(bucket, `media/${image.sizes[0]}`))
  })

  it('stays private in the bucket itself: no public ACL was asked for', async () => {
    expect((await fetch(`${s3.endpoint}/${bucket}/media/${image.filename}`)).status).toBe(403)
    expect(s3.requests.filter((request) => request.acl || request.query.includes('acl') || request.query.includes('policy'))).toEqual([])
  })
})

describe('applicants\' files, with S3_BUCKET set', () => {
  it('a CV sent through the application form lands in private/cv/, with encryption at rest requested, and not on disk', async () => {
    const sent = await apply(api.url, {
      role: await roleId(cms.payload, 'friendly-visitor'),
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
    }, { cv: { bytes: cvBytes, name: 'cv.pdf' } })
    expect(sent.status).toBe(201)
    const [record] = (await cms.payload.find({ collection: 'volunteer-applications', where: { reference: { equals: sent.body.reference } }, overrideAccess: true })).docs
    application = { id: record.id, storedName: record.cv!.storedName! }

    const key = `private/cv/${application.storedName}`
    expect(await objectBytes(bucket, key)).toEqual(Buffer.from(cvBytes))
    const puts = s3.requests.filter((request) => request.method === 'PUT' && request.key === key)
    expect(puts).toHaveLength(1)
    expect(puts[0]).toMatchObject({ bucket, signed: true, encryption: 'AES256', acl: undefined, status: 200 })
    expect(fs.existsSync(path.join(cms.dataDir, 'private'))).toBe(false)
  })

  it('refuses an anonymous request for the CV\'s object on the S3 server', async () => {
    const direct = await fetch(`${s3.endpoint}/${bucket}/private/cv/${application.storedName}`)
    expect(direct.status).toBe(403)
    expect(await direct.text()).toContain('AccessDenied')
    // Nor can the bucket be listed by anyone.
    expect((await fetch(`${s3.endpoint}/${bucket}?list-type=2&prefix=private/`)).status).toBe(403)
  })

  it('gives the CV through the CMS to the coordinator alone', async () => {
    const { coordinator, refused } = await cvDownloads(api.url, application.id)
    expect(coordinator.status).toBe(200)
    expect(coordinator.headers.get('cache-control')).toBe('private, no-store')
    expect(Buffer.from(await coordinator.arrayBuffer())).toEqual(Buffer.from(cvBytes))
    expect(refused).toEqual({ anonymous: 401, communication: 403, finance: 403 })
  })

  it('after a restart, removes an object no committed record names, and keeps the others', async () => {
    const { privateFileStore } = await import('../../cms/storage/privateFiles')
    const { recoverAfterRestart } = await import('../../cms/recovery/afterRestart')
    // What a crash between storing the file and committing its record leaves behind.
    const orphan = `${'ab'.repeat(24)}.pdf`
    await privateFileStore().put(orphan, pdfDocument('never committed'))
    expect(await bucketKeys(bucket, 'private/cv/')).toContain(`private/cv/${orphan}`)

    // A restart a while later (past the grace PostgreSQL leaves to other instances).
    const { filesRemoved } = await recoverAfterRestart(cms.payload, new Date(Date.now() + 60 * 60_000))
    expect(filesRemoved).toBe(1)
    expect(await bucketKeys(bucket, 'private/cv/')).toEqual([`private/cv/${application.storedName}`])
  })
})

describe('backups, with S3_BUCKET set', () => {
  let archive: string
  let restoredEnv: Record<string, string>

  it('npm run backup reads the images and the CVs from the bucket into the archive', async () => {
    const backup = await npm(['run', '--silent', 'backup', '--', '--out', path.join(work, 'archives')], { ...cms.env, ...s3.env(bucket) })
    expect(backup.code, backup.output).toBe(0)
    archive = path.join(work, 'archives', fs.readdirSync(path.join(work, 'archives'))[0])
    const unpacked = path.join(work, 'unpacked')
    fs.mkdirSync(unpacked)
    await tar.extract({ file: archive, cwd: unpacked })
    const cv = `private/cv/${application.storedName}`
    expect(fs.readFileSync(path.join(unpacked, cv))).toEqual(Buffer.from(cvBytes))
    expect(fs.statSync(path.join(unpacked, cv)).mode & 0o777).toBe(0o600)
    for (const key of await bucketKeys(bucket, 'media/')) expect(fs.readFileSync(path.join(unpacked, key)), key).toEqual(await objectBytes(bucket, key))
  })

  it('npm run restore puts them back into the configured buckets, the CVs encrypted, and nothing into DATA_DIR', async () => {
    const dataDir = path.join(work, 'restored-data')
    let databaseUrl = `file:${path.join(dataDir, 'cms.db')}`
    const scratch = process.env.TEST_DATABASE_URL ? await createScratchDatabase(process.env.TEST_DATABASE_URL, 'restored') : undefined
    if (scratch) databaseUrl = scratch.url
    try {
      restoredEnv = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'integration-test-secret', JOBS_AUTORUN: 'off', ...s3.env('jrs-restored', 'jrs-restored-private') }
      const restore = await npm(['run', '--silent', 'restore', '--', archive], restoredEnv)
      expect(restore.code, restore.output).toBe(0)

      const mediaKeys = await bucketKeys(bucket, 'media/')
      expect(await bucketKeys('jrs-restored', 'media/')).toEqual(mediaKeys)
      for (const key of mediaKeys) expect(await objectBytes('jrs-restored', key), key).toEqual(await objectBytes(bucket, key))
      const cv = `private/cv/${application.storedName}`
      expect(await bucketKeys('jrs-restored-private', 'private/')).toEqual([cv])
      expect(await objectBytes('jrs-restored-private', cv)).toEqual(Buffer.from(cvBytes))
      expect(s3.requests.find((request) => request.method === 'PUT' && request.bucket === 'jrs-restored-private' && request.key === cv)).toMatchObject({ encryption: 'AES256', acl: undefined })
      expect(await bucketKeys('jrs-restored', 'private/')).toEqual([])
      expect(fs.existsSync(path.join(dataDir, 'media')) || fs.existsSync(path.join(dataDir, 'private'))).toBe(false)

      // A second restore into buckets that now hold files is refused without --force.
      const again = await npm(['run', '--silent', 'restore', '--', archive], restoredEnv)
      expect(again.code).toBe(1)
      expect(again.output).toMatch(/s3:\/\/jrs-restored\/media\/ and s3:\/\/jrs-restored-private\/private\/ hold \d+ files/)
    } finally {
      await scratch?.drop()
    }
  })
})

async function bucketKeys(name: string, prefix: string): Promise<string[]> {
  const { Contents } = await bucketClient.send(new ListObjectsV2Command({ Bucket: name, Prefix: prefix }))
  return (Contents ?? []).map((object) => object.Key!).sort()
}

async function objectBytes(name: string, key: string): Promise<Buffer> {
  const object = await bucketClient.send(new GetObjectCommand({ Bucket: name, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
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
