// @ts-check
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

const site = (process.env.PUBLIC_SITE_URL || 'http://localhost:4321').replace(/\/$/, '')

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
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [react()],
  devToolbar: { enabled: false },
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  vite: {
    // Payload and its database drivers run in Node during the build, never in a browser.
    ssr: { external: ['payload', 'sharp', '@libsql/client', 'pg', 'drizzle-orm'] },
  },
})
