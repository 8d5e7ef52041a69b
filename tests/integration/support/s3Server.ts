import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

/** A request as it reached the S3 server: enough to check what the CMS asked of it. */
export type S3Request = { method: string; bucket: string; key: string; query: string; signed: boolean; encryption?: string; acl?: string; status?: number }

export type TestS3 = {
  endpoint: string
  /** The variables that point the CMS (or a script) at this server. */
  env: (bucket: string, privateBucket?: string) => Record<string, string>
  requests: S3Request[]
  close: () => Promise<void>
}

/**
 * A local S3-compatible server for one test file: s3rver (objects on disk; credentials
 * S3RVER/S3RVER, whose SigV4 signatures it accepts without checking them) on 127.0.0.1
 * and a free port.
 *
 * s3rver answers any unsigned request; S3 does not. In front of it stands S3's own rule
 * for a bucket with no public policy (the default, "Block Public Access"): an anonymous
 * request is refused with 403 AccessDenied, unless what it asks for was made public by a
 * public ACL on the object (x-amz-acl: public-read, or any object ACL set afterwards) or
 * by any bucket ACL or policy. Every
 * request is recorded, so a test can also see what the CMS asked for (encryption, ACLs).
 */
export async function startS3Server(buckets: string[]): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'))
  const s3rver = new S3rver({ directory, silent: true, configureBuckets: buckets.map((name) => ({ name, configs: [] })) })
  await s3rver.configureBuckets()
  const s3 = s3rver.callback()
  const requests: S3Request[] = []
  const publicObjects = new Set<string>()
  const publicBuckets = new Set<string>()

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const [, bucket = '', ...rest] = url.pathname.split('/')
    const key = decodeURIComponent(rest.join('/'))
    const signed = 'authorization' in req.headers || url.searchParams.has('X-Amz-Signature') || url.searchParams.has('Signature')
    const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined)
    const request: S3Request = { method: req.method ?? 'GET', bucket, key, query: url.search, signed, encryption: header('x-amz-server-side-encryption'), acl: header('x-amz-acl') }
    requests.push(request)
    res.on('finish', () => (request.status = res.statusCode))

    if (signed && req.method === 'PUT') {
      if (url.searchParams.has('policy') || (url.searchParams.has('acl') && !key)) publicBuckets.add(bucket)
      else if (/^public-read/.test(request.acl ?? '') || (url.searchParams.has('acl') && key)) publicObjects.add(`${bucket}/${key}`)
    }
    if (!signed && !publicBuckets.has(bucket) && !publicObjects.has(`${bucket}/${key}`)) {
      res.writeHead(403, { 'Content-Type': 'application/xml' })
      res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>')
      return
    }
    s3(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    endpoint,
    env: (bucket, privateBucket) => ({
      S3_BUCKET: bucket,
      S3_PRIVATE_BUCKET: privateBucket ?? '',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    }),
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
