import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type PutObjectCommandInput } from '@aws-sdk/client-s3'
import { s3Client } from '../../cms/storage/s3Client'
import type { ObjectStorage } from '../../cms/storage/settings'

/**
 * The files of a backup when they live in object storage (S3_BUCKET): the archive keeps
 * the same layout as with DATA_DIR (`media/…`, `private/…`), each file at its key in the
 * bucket, so an archive restores into either kind of store, whichever made it.
 *
 *   media/…    ↔ s3://S3_BUCKET/media/…
 *   private/…  ↔ s3://S3_PRIVATE_BUCKET (default S3_BUCKET)/private/…, written back with
 *              server-side encryption requested, as cms/storage/privateFiles.ts writes them
 */
const areas = [
  { folder: 'media', bucket: (storage: ObjectStorage) => storage.bucket, private: false },
  { folder: 'private', bucket: (storage: ObjectStorage) => storage.privateBucket, private: true },
] as const

export function describeStorage(storage: ObjectStorage): string {
  return areas.map((area) => `s3://${area.bucket(storage)}/${area.folder}/`).join(' and ')
}

async function* keysUnder(storage: ObjectStorage, bucket: string, prefix: string): AsyncIterable<string> {
  let ContinuationToken: string | undefined
  do {
    const page = await s3Client(storage).send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken }))
    for (const object of page.Contents ?? []) if (object.Key && !object.Key.endsWith('/')) yield object.Key
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (ContinuationToken)
}

/** A key the archive can hold: no empty part, no `..`, nothing a manifest would refuse. */
function archivable(key: string): boolean {
  return !key.split('/').some((part) => part === '' || part === '.' || part === '..')
}

/**
 * Copies every object of the two areas into `dir` (under the key's own path), one at a
 * time, and returns their paths, sorted. Private files get mode 0600 in folders of 0700.
 */
export async function downloadObjectFiles(storage: ObjectStorage, dir: string): Promise<string[]> {
  const files: string[] = []
  for (const area of areas) {
    const bucket = area.bucket(storage)
    for await (const key of keysUnder(storage, bucket, `${area.folder}/`)) {
      if (!archivable(key)) throw new Error(`The object s3://${bucket}/${key} has a name a backup cannot hold.`)
      const target = path.join(dir, ...key.split('/'))
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: area.private ? 0o700 : 0o755 })
      const object = await s3Client(storage).send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      if (!object.Body) throw new Error(`s3://${bucket}/${key} came back empty.`)
      await pipeline(object.Body as Readable, fs.createWriteStream(target, { mode: area.private ? 0o600 : 0o644 }))
      files.push(key)
    }
  }
  return files.sort()
}

/** How many objects the two areas hold: a restore into a store in use would mix two states. */
export async function objectCount(storage: ObjectStorage): Promise<number> {
  let count = 0
  for (const area of areas) for await (const _ of keysUnder(storage, area.bucket(storage), `${area.folder}/`)) count++
  return count
}

const mediaTypes: Record<string, string> = { '.webp': 'image/webp', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.avif': 'image/avif', '.gif': 'image/gif', '.svg': 'image/svg+xml' }

/**
 * Puts the archive's files (paths relative to `dir`) back at their keys. Images get their
 * type back (the CMS serves them with the object's Content-Type); private files are
 * written as the CMS writes them: encrypted at rest, no ACL.
 */
export async function uploadObjectFiles(storage: ObjectStorage, dir: string, files: string[]): Promise<void> {
  for (const file of files) {
    const area = areas.find((candidate) => file.startsWith(`${candidate.folder}/`))
    if (!area) continue
    const params: PutObjectCommandInput = {
      Bucket: area.bucket(storage),
      Key: file,
      // Read whole, one file at a time: a known length keeps the upload a plain PUT, which every S3-compatible server takes.
      Body: fs.readFileSync(path.join(dir, ...file.split('/'))),
      ...(area.private
        ? { ContentType: 'application/octet-stream', ServerSideEncryption: 'AES256' }
        : { ContentType: mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }),
    }
    await s3Client(storage).send(new PutObjectCommand(params))
  }
}
