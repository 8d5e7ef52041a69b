import { S3Client } from '@aws-sdk/client-s3'
import type { ObjectStorage } from './settings'

const clients = new Map<string, S3Client>()

/** One client per configuration for the whole process: it keeps its connections open between requests. */
export function s3Client(storage: ObjectStorage): S3Client {
  const key = JSON.stringify(storage.client)
  let client = clients.get(key)
  if (!client) {
    client = new S3Client(storage.client)
    clients.set(key, client)
  }
  return client
}

/** S3's answer for a key that is not there, whichever way the SDK words it. */
export function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}
