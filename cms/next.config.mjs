import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
// TypeScript loaded by Node itself (Node 24 strips the types), so the one policy module
// serves this file too.
import { apiHeaders } from './security/headers.ts'

const repositoryRoot = path.resolve(import.meta.dirname, '..')

/** The Next.js app serves only Payload: the admin at /admin and the API at /api. */
const nextConfig = {
  outputFileTracingRoot: repositoryRoot,
  turbopack: { root: repositoryRoot },
  poweredByHeader: false,
  // The end-to-end tests build into a folder of their own, so they never replace the developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typescript: { tsconfigPath: 'tsconfig.json' },
  // xmllint-wasm starts a worker from its own folder (the Belcotax schema check): it must stay a package, not a bundle.
  serverExternalPackages: ['xmllint-wasm'],
  headers: async () => apiHeaderRules(),
}

/**
 * The API's security headers (cms/security/headers.ts). Set here rather than in
 * cms/proxy.ts with the admin's: Next.js holds in memory the body of every request its
 * proxy sees (cut off at 10 MB), which the API's uploads and its early refusal of
 * oversized bodies must not suffer. Next.js writes these rules into its build, so HTTPS is
 * known from CMS_URL at build time, or per request from the proxy in front.
 */
function apiHeaderRules() {
  const https = new URL(process.env.CMS_URL || 'http://localhost:3000').protocol === 'https:'
  const list = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }))
  // Not the pages the CMS renders for people (a refused form shown again, cms/publicForms/retry/page.ts; the
  // self-service pages, cms/selfService/, but not their link request): they send a page's headers themselves.
  const rules = [{ source: '/api/:path((?!forms/retry/|self-service/(?!request-link)).*)', headers: list(apiHeaders({ https })) }]
  if (https) return rules
  const hsts = apiHeaders({ https: true })['Strict-Transport-Security']
  return [...rules, { source: '/api/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(,.*)?' }], headers: list({ 'Strict-Transport-Security': hsts }) }]
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
