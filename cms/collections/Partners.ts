import type { CollectionConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { rebuildSiteHooks } from '../siteBuilds/hooks'

/** Funders and organisations the site thanks or works with. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner', plural: 'Partners' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'order', '_status'], group: 'Content' },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: rebuildSiteHooks,
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    { name: 'description', type: 'textarea', localized: true },
    { name: 'url', type: 'text', validate: (v: unknown) => !v || (typeof v === 'string' && /^https?:\/\//.test(v)) || 'Enter a full address starting with https://.' },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}
