import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './paths'

/**
 * Every environment variable the CMS reads, in one place, with the local defaults that
 * let `npm start` work on a fresh machine. See .env.example for what each one means.
 */
const root = projectRoot

// A developer's .env (written by `npm start` on first run); variables already set win.
const envFile = path.join(root, '.env')
if (fs.existsSync(envFile) && !process.env.VITEST) process.loadEnvFile(envFile)

export const dataDir = path.resolve(root, process.env.DATA_DIR || 'data')

export const databaseUrl = process.env.DATABASE_URL || `file:${path.join(dataDir, 'cms.db')}`

export const usesPostgres = /^postgres(ql)?:\/\//.test(databaseUrl)

export const cmsUrl = (process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')

export const publicSiteUrl = (process.env.PUBLIC_SITE_URL || 'http://localhost:4321').replace(/\/$/, '')

export const mediaDir = path.join(dataDir, 'media')

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && !isLocalUrl(publicSiteUrl)) {
    throw new Error('PAYLOAD_SECRET must be set for a deployed site.')
  }
  // Local use only: scripts/start.ts writes a random secret into .env on first run.
  return 'local-development-secret-not-for-deployment'
}

export function isLocalUrl(url: string): boolean {
  const { hostname } = new URL(url)
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

/**
 * The proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses or CIDR
 * ranges, comma-separated, or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`).
 * Empty by default: then only the connection's own address counts. Read at each call, so
 * a test can change it.
 */
export function trustedProxies(): string[] {
  return (process.env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
}
