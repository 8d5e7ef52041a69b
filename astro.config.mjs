// @ts-check
import { fileURLToPath } from 'node:url'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { cmsUrl, publicSiteUrl } from './cms/env.ts'
import { servedOverHttps } from './cms/security/headers.ts'
import { writeSiteHeadersFile } from './cms/security/siteHeadersFile.ts'
import { writeStaticHostFiles } from './scripts/staticHost/writeStaticHostFiles.ts'
import { precompress } from './site/build/precompress.ts'
import { paintedDirective } from './cms/security/siteDirectives.ts'

const site = (process.env.PUBLIC_SITE_URL || 'http://localhost:4321').replace(/\/$/, '')

/**
 * The build's last step: no inline script the site's Content-Security-Policy would block,
 * the site's security headers written as `_headers` for static hosts, and Brotli and gzip
 * copies of the text files, so that no server compresses them on every request. Astro's own
 * `security.csp` is not used: it puts the policy in a <meta> tag (no frame-ancestors
 * there) and lists style hashes, which would block the pages' style attributes.
 * @type {import('astro').AstroIntegration}
 */
const securityHeaders = {
  name: 'security-headers',
  hooks: {
    // client:painted: Astro's visible and idle, begun once the page is painted (site/hydration/afterFirstPaint.ts).
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: paintedDirective.name, entrypoint: paintedDirective.entrypoint })
    },
    'astro:build:done': async ({ dir }) => {
      writeSiteHeadersFile(fileURLToPath(dir), { cmsUrl, https: servedOverHttps(publicSiteUrl) })
      // `_redirects` and an nginx snippet beside `_headers`, for hosts that read them.
      writeStaticHostFiles(fileURLToPath(dir), { cmsUrl, https: servedOverHttps(publicSiteUrl) })
      // Pages unchanged since the build being served take its copies (SITE_PREVIOUS_BUILD_DIR, set by cms/siteBuilds/localBuild.ts).
      await precompress(fileURLToPath(dir), process.env.SITE_PREVIOUS_BUILD_DIR)
    },
  },
}

/**
 * The public site: static HTML built from the CMS's published content (site/lib/cms.ts
 * reads it through Payload's Local API, so no CMS server is needed to build). Routing by
 * language is our own (site/pages/[locale]/…) because slugs differ per language.
 */
export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR || './dist/site',
  // A folder of its own per build (cms/siteBuilds/localBuild.ts), so that builds at the same time share no cache.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [react(), securityHeaders],
  devToolbar: { enabled: false },
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  vite: {
    // Payload and its database drivers run in Node during the build, never in a browser.
    ssr: { external: ['payload', 'sharp', '@libsql/client', 'pg', 'drizzle-orm'] },
  },
})
