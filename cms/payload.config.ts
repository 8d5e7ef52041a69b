import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { defaultLocale, localeNames, locales } from '../domain/locales'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { Partners } from './collections/Partners'
import { Programmes } from './collections/Programmes'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { cmsUrl, payloadSecret, publicSiteUrl } from './env'
import { Footer } from './globals/Footer'
import { Header } from './globals/Header'
import { Organisation } from './globals/Organisation'
import { cmsDir } from './paths'

export default buildConfig({
  serverURL: cmsUrl,
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · CMS' },
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  collections: [Pages, Programmes, News, Partners, Media, Users],
  globals: [Organisation, Header, Footer],
  // The static site calls the CMS's public endpoints from the visitor's browser.
  cors: [publicSiteUrl],
  csrf: [publicSiteUrl, cmsUrl],
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  telemetry: false,
})
