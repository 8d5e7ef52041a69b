import type { S3ClientConfig } from '@aws-sdk/client-s3'

/**
 * Object storage, on when S3_BUCKET is set (see .env.example and docs/deploy.md); the
 * CMS's own disk (DATA_DIR) otherwise. Any S3-compatible service works: AWS S3, or one
 * named by S3_ENDPOINT (Scaleway, OVH, Cloudflare R2, MinIO, Garage…).
 *
 * One bucket holds the images under `media/` and the applicants' files under
 * `private/cv/`; S3_PRIVATE_BUCKET puts the latter in a bucket of their own. Neither is
 * ever made public: the CMS reads both with its own credentials and serves them after
 * its access check (images to anyone, CVs to the coordinator), and the site build copies
 * the images it needs.
 *
 * Read at each call (not at import), so that a test or a script can set the variables
 * before it asks.
 */
export type ObjectStorage = {
  /** The bucket of the media (and of the private files, unless privateBucket differs). */
  bucket: string
  privateBucket: string
  client: S3ClientConfig
}

/** Where things are in a bucket, and in DATA_DIR alike: the archive of a backup uses the same layout. */
export const mediaPrefix = 'media'
export const privatePrefix = 'private/cv/'

export function objectStorage(env: NodeJS.ProcessEnv = process.env): ObjectStorage | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const region = env.S3_REGION?.trim()
  if (!region) throw new Error('S3_BUCKET is set but S3_REGION is not: set the bucket\'s region (any value, e.g. us-east-1, where the provider ignores it).')
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (then the AWS SDK looks for credentials itself, e.g. a server role).')
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  return {
    bucket,
    privateBucket: env.S3_PRIVATE_BUCKET?.trim() || bucket,
    client: {
      region,
      ...(endpoint ? { endpoint } : {}),
      // Most S3-compatible servers (MinIO, Garage, a local test server) address buckets in the path, not in a sub-domain.
      forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE?.trim() ?? ''),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  }
}
