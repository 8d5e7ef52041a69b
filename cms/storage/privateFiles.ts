import fs from 'node:fs/promises'
import path from 'node:path'
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { dataDir } from '../env'
import { isMissing, s3Client } from './s3Client'
import { objectStorage, privatePrefix } from './settings'

/**
 * Where applicants' files (CVs, motivation letters) are kept: a folder nothing serves, or
 * a prefix of a bucket nobody but the CMS can read. Either way the only way out is the
 * coordinator's download route, after its access check.
 *
 * `put` returns once the file is stored for good, so the caller commits the record that
 * names it only after that: a crash can leave a file without a record (which `list` lets
 * the sweep after a restart find and delete, cms/recovery/), never a record without its file.
 */
export interface PrivateFileStore {
  /** Where the files are, for messages. */
  readonly location: string
  put(name: string, bytes: Uint8Array): Promise<void>
  /** The file's bytes, or undefined when there is no such file. */
  get(name: string): Promise<Uint8Array | undefined>
  /** Deletes the file; a file already gone is no error. */
  delete(name: string): Promise<void>
  /** Every stored file, with when it was written. */
  list(): AsyncIterable<{ name: string; modifiedAt: Date }>
}

/** The store the configuration names: the bucket when S3_BUCKET is set, DATA_DIR's private folder otherwise. */
export function privateFileStore(): PrivateFileStore {
  const storage = objectStorage()
  if (storage) return new S3PrivateFileStore(s3Client(storage), storage.privateBucket, privatePrefix)
  return new LocalPrivateFileStore(path.join(process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : dataDir, ...privatePrefix.split('/')))
}

/** DATA_DIR/private/cv: folder 0700, files 0600, each written and synced (with its folder) before `put` returns. */
export class LocalPrivateFileStore implements PrivateFileStore {
  constructor(readonly location: string) {}

  async put(name: string, bytes: Uint8Array): Promise<void> {
    await fs.mkdir(this.location, { recursive: true, mode: 0o700 })
    const file = await fs.open(path.join(this.location, name), 'wx', 0o600)
    try {
      await file.writeFile(bytes)
      await file.sync()
    } finally {
      await file.close()
    }
    // The file's name is in its folder for good only once the folder itself is synced.
    const folder = await fs.open(this.location, 'r')
    try {
      await folder.sync()
    } finally {
      await folder.close()
    }
  }

  async get(name: string): Promise<Uint8Array | undefined> {
    return fs.readFile(path.join(this.location, name)).catch(() => undefined)
  }

  async delete(name: string): Promise<void> {
    await fs.rm(path.join(this.location, name), { force: true })
  }

  async *list(): AsyncIterable<{ name: string; modifiedAt: Date }> {
    const names = await fs.readdir(this.location).catch(() => [] as string[])
    for (const name of names) {
      const stat = await fs.stat(path.join(this.location, name)).catch(() => undefined)
      if (stat?.isFile()) yield { name, modifiedAt: stat.mtime }
    }
  }
}

/**
 * A prefix of a bucket. Each object is written with server-side encryption requested and
 * no ACL (so the bucket's own, private, applies). S3 answers a PUT only once the object
 * is stored durably and whole, which is what `put` waits for.
 */
export class S3PrivateFileStore implements PrivateFileStore {
  readonly location: string

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {
    this.location = `s3://${bucket}/${prefix}`
  }

  async put(name: string, bytes: Uint8Array): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.prefix + name,
        Body: bytes,
        ContentType: 'application/octet-stream',
        ServerSideEncryption: 'AES256',
      }),
    )
  }

  async get(name: string): Promise<Uint8Array | undefined> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + name }))
      return object.Body ? await object.Body.transformToByteArray() : undefined
    } catch (error) {
      if (isMissing(error)) return undefined
      throw error
    }
  }

  async delete(name: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + name }))
  }

  async *list(): AsyncIterable<{ name: string; modifiedAt: Date }> {
    let ContinuationToken: string | undefined
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, ContinuationToken }))
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(this.prefix.length)
        // Only this prefix's own files: nothing in a sub-folder, not the folder marker some tools write.
        if (name && !name.includes('/')) yield { name, modifiedAt: object.LastModified ?? new Date(0) }
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (ContinuationToken)
  }
}
