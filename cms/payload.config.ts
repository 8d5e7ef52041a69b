import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { defaultLocale, localeNames, locales } from '../domain/locales'
import { Donations } from './collections/Donations'
import { BankStatementLines, BankStatements } from './collections/BankStatements'
import { TaxCertificates } from './collections/TaxCertificates'
import { TaxCertificateLog } from './collections/TaxCertificates/TaxCertificateLog'
import { BankTransferReferences } from './collections/BankTransferReferences'
import { TaxCertificateSettings } from './globals/TaxCertificateSettings'
import { EmailMessages } from './collections/EmailMessages'
import { FormRetries } from './collections/FormRetries'
import { RateLimits } from './collections/RateLimits'
import { SiteBuildRequests } from './collections/SiteBuildRequests'
import { SpentProofs } from './collections/SpentProofs'
import { SelfServiceEvents } from './collections/SelfService/SelfServiceEvents'
import { SelfServiceLinks } from './collections/SelfService/SelfServiceLinks'
import { Media } from './collections/Media'
import { MonthlyGifts } from './collections/MonthlyGifts'
import { Needs } from './collections/Needs'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { Partners } from './collections/Partners'
import { Pledges } from './collections/Pledges'
import { Programmes } from './collections/Programmes'
import { Redirects } from './collections/Redirects'
import { SiteBuilds } from './collections/SiteBuilds'
import { StripeEvents } from './collections/StripeEvents'
import { Users } from './collections/Users'
import { VolunteerApplications } from './collections/VolunteerApplications'
import { VolunteerRoles } from './collections/VolunteerRoles'
import { VolunteeringSettings } from './globals/VolunteeringSettings'
import { volunteerRetentionTask } from './jobs/volunteerRetention'
import { databaseAdapter } from './database'
import { payloadEmailAdapter } from './email/payloadEmailAdapter'
import { cmsUrl, payloadSecret, publicSiteUrl } from './env'
import { Footer } from './globals/Footer'
import { Giving } from './globals/Giving'
import { GoodsSettings } from './globals/GoodsSettings'
import { Header } from './globals/Header'
import { Organisation } from './globals/Organisation'
import { expirePledgesTask } from './jobs/expirePledges'
import { sendEmailTask } from './jobs/sendEmail'
import { formRetryEndpoint } from './publicForms/retry/endpoint'
import { selfServiceEndpoints } from './selfService/endpoints'
import { sendSelfServiceLinksTask } from './selfService/linkRequest'
import { purgeFormRetriesTask } from './publicForms/retry/purgeTask'
import { cmsDir } from './paths'
import { adminDateFormat } from './i18n/dates'
import { stripeWebhookEndpoint } from './payments/webhookEndpoint'
import { sitePreviewEndpoint } from './siteBuilds/previewEndpoint'
import { restrictPayloadInternals } from './access/payloadInternals'
import { mediaStoragePlugin } from './storage/mediaStorage'

// Payload's own collections and globals (jobs, job stats, document locks, migrations) get this site's access rules: cms/access/payloadInternals.ts.
export default buildConfig({
  serverURL: cmsUrl,
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: payloadEmailAdapter,
  sharp,
  admin: {
    user: Users.slug,
    // No Gravatar: a staff member's email (hashed) would go to a third party, and the admin's CSP forbids it.
    avatar: 'default',
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · CMS' },
    dateFormat: adminDateFormat,
    // Above the collection cards: what the signed-in staff member's roles have to act on (cms/dashboard/).
    components: { beforeDashboard: ['/components/dashboard/WhatNeedsDoing#WhatNeedsDoing'] },
  },
  // The admin in the staff's languages: each user picks one in their account; until then
  // Payload follows the browser's Accept-Language, and English for any other language.
  // This project's own labels are in cms/i18n/.
  i18n: { supportedLanguages: { en, nl, fr }, fallbackLanguage: 'en' },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  collections: [Pages, Programmes, News, Partners, Media, Donations, MonthlyGifts, StripeEvents, BankTransferReferences, BankStatements, BankStatementLines, TaxCertificates, TaxCertificateLog, Users, EmailMessages, SiteBuilds, Redirects, VolunteerRoles, VolunteerApplications, Needs, Pledges, FormRetries, RateLimits, SpentProofs, SiteBuildRequests, SelfServiceLinks, SelfServiceEvents],
  globals: [Organisation, Giving, TaxCertificateSettings, Header, Footer, VolunteeringSettings, GoodsSettings],
  endpoints: [stripeWebhookEndpoint, sitePreviewEndpoint, formRetryEndpoint, ...selfServiceEndpoints],
  // Images in the bucket when S3_BUCKET is set, else in DATA_DIR/media; the schema is the same either way (cms/storage/).
  plugins: [mediaStoragePlugin()],
  jobs: {
    tasks: [sendEmailTask, sendSelfServiceLinksTask, volunteerRetentionTask, expirePledgesTask, purgeFormRetriesTask],
    // Runs where getPayload({ cron: true }) is called: the Next server. Tests and scripts
    // run jobs themselves (JOBS_AUTORUN=off), so no background run competes with theirs.
    autoRun: process.env.JOBS_AUTORUN === 'off' ? [] : [{ cron: '*/10 * * * * *', queue: 'default', limit: 100 }],
    // Queued jobs are internal: no one queues, runs or cancels them over the API.
    access: { queue: () => false, run: () => false, cancel: () => false },
  },
  // The static site calls the CMS's public endpoints from the visitor's browser.
  cors: [publicSiteUrl],
  csrf: [publicSiteUrl, cmsUrl],
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  telemetry: false,
}).then(restrictPayloadInternals)
