import type { CollectionConfig } from 'payload'
import { editors, publishedOrEditor } from '../../access/content'
import { linkField } from '../../fields/link'
import { rebuildSiteHooks } from '../../siteBuilds/hooks'

/**
 * Old addresses that keep working: made by hand, or by the CMS itself when a published
 * page's slug changes (see redirectOnSlugChange.ts). The site build turns each into a
 * page that forwards at once, and a `_redirects` file for hosts that read one.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Redirect', plural: 'Redirects' },
  admin: { group: 'Settings', useAsTitle: 'from', defaultColumns: ['from', 'to', 'updatedAt'] },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  versions: { drafts: true, maxPerDoc: 5 },
  hooks: rebuildSiteHooks,
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'The old address on this site, for example /fr/projets/ancien-nom/' },
      validate: (value: unknown) => (typeof value === 'string' && /^\/[a-z0-9\-/]*$/.test(value) ? true : 'Start with / and use lower-case letters, digits, hyphens and slashes.'),
    },
    linkField({ name: 'to', withLabel: false }),
  ],
}
