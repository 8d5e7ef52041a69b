import type { CollectionConfig, PayloadRequest } from 'payload'
import { editors, publishedOrEditor } from '../../access/content'
import { linkField } from '../../fields/link'
import { label, labels, message } from '../../i18n/label'
import { rebuildSiteHooks } from '../../siteBuilds/hooks'

/**
 * Old addresses that keep working: made by hand, or by the CMS itself when a published
 * page's slug changes (see redirectOnSlugChange.ts). The site build turns each into a
 * page that forwards at once, and a `_redirects` file for hosts that read one.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: labels('redirects'),
  admin: { group: label('group.settings'), useAsTitle: 'from', defaultColumns: ['from', 'to', 'updatedAt'] },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  versions: { drafts: true, maxPerDoc: 5 },
  hooks: rebuildSiteHooks,
  fields: [
    {
      name: 'from',
      label: label('redirects.from'),
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: label('redirects.from.description') },
      validate: (value: unknown, { req }: { req: PayloadRequest }) => (typeof value === 'string' && /^\/[a-z0-9\-/]*$/.test(value) ? true : message(req, 'validation.redirectFrom')),
    },
    linkField({ name: 'to', label: label('redirects.to'), withLabel: false }),
  ],
}
