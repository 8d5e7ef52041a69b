import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'

const repositoryRoot = path.resolve(import.meta.dirname, '..')

/** The Next.js app serves only Payload: the admin at /admin and the API at /api. */
const nextConfig = {
  outputFileTracingRoot: repositoryRoot,
  turbopack: { root: repositoryRoot },
  poweredByHeader: false,
  // The end-to-end tests build into a folder of their own, so they never replace the developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typescript: { tsconfigPath: 'tsconfig.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
