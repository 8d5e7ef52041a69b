import fs from 'node:fs/promises'
import path from 'node:path'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { mediaDir } from '../env'
import { isMissing, s3Client } from './s3Client'
import { mediaPrefix, objectStorage } from './settings'

/**
 * The `media` collection's files in the bucket when S3_BUCKET is set, through Payload's
 * own adapter; on DATA_DIR/media otherwise (the collection's staticDir).
 *
 * - The files stay private in the bucket (no ACL: the bucket's own applies). Everyone
 *   reaches an image through the CMS's own URL (/api/media/file/<name>), which reads it
 *   with the CMS's credentials after the collection's access rule (anyone may read);
 *   the site build copies them from the bucket (readMediaFile below). No CORS needed.
 * - The schema must not depend on the environment (migrations are committed once):
 *   `alwaysInsertFields` gives the collection the adapter's fields (`prefix`,
 *   `_objectKey`) whether the bucket is on or not.
 */
export function mediaStoragePlugin(): Plugin {
  const storage = objectStorage()
  return s3Storage({
    enabled: Boolean(storage),
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? 'object-storage-off',
    config: storage?.client ?? {},
    collections: { media: { prefix: mediaPrefix } },
  })
}

type StoredMedia = { prefix?: string | null; _objectKey?: string | null }

/**
 * One file of an uploaded image (the original or a resized version), for the site build:
 * from the bucket where the adapter put it (`<prefix>/<filename>`, the document's prefix
 * else the collection's), or from DATA_DIR/media.
 */
export async function readMediaFile(doc: StoredMedia, filename: string): Promise<Uint8Array> {
  const name = path.basename(filename)
  const storage = objectStorage()
  if (!storage) return fs.readFile(path.join(mediaDir, name))
  const key = path.posix.join(doc.prefix || mediaPrefix, doc._objectKey || '', name)
  try {
    const object = await s3Client(storage).send(new GetObjectCommand({ Bucket: storage.bucket, Key: key }))
    if (object.Body) return await object.Body.transformToByteArray()
  } catch (error) {
    if (!isMissing(error)) throw error
  }
  throw new Error(`The image ${name} is not in the bucket ${storage.bucket} (${key}).`)
}
