import type { CollectionConfig, PayloadRequest } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { label, labels, message } from '../i18n/label'
import { rebuildSiteHooks } from '../siteBuilds/hooks'

/** Funders and organisations the site thanks or works with. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: labels('partners'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'order', '_status'], group: label('group.content') },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: rebuildSiteHooks,
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: 'order',
  fields: [
    { name: 'name', label: label('field.name'), type: 'text', localized: true, required: true },
    { name: 'description', label: label('field.description'), type: 'textarea', localized: true },
    { name: 'url', label: label('field.website'), type: 'text', validate: (v: unknown, { req }: { req: PayloadRequest }) => !v || (typeof v === 'string' && /^https?:\/\//.test(v)) || message(req, 'validation.webAddress') },
    { name: 'logo', label: label('field.logo'), type: 'upload', relationTo: 'media' },
    { name: 'order', label: label('field.order'), type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: label('field.order.description') } },
  ],
}
