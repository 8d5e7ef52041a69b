import type { CollectionConfig } from 'payload'
import { labels } from '../i18n/label'

const nobody = () => false

/**
 * How often each visitor tried each public form lately, shared by every CMS instance on
 * one PostgreSQL database (cms/security/databaseAttempts.ts, rate-limiter-flexible's
 * counting on this table). One row per form, kind of attempt and visitor, reset when its
 * window has passed and purged an hour later. On SQLite the one CMS process counts in
 * memory and this table stays empty. Read by nobody over the API or in the admin.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  labels: labels('rateLimits'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [
    /** `<form>:<accepted|refused>:<visitor>`, the visitor as cms/security/clientAddress.ts's limitKey makes it. */
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'points', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', index: true },
  ],
}
