import type { CollectionConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { translationStatusField } from '../fields/translationStatus'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { redirectOnSlugChange, rememberPublishedAddress } from './Redirects/redirectOnSlugChange'
import { previewUrl } from '../siteBuilds/previewUrl'

/** What the organisation does: each programme gets its own page and a card on the home page. */
export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: { singular: 'Programme', plural: 'Programmes' },
  admin: { preview: previewUrl('programmes'), useAsTitle: 'title', defaultColumns: ['title', 'order', '_status', 'updatedAt'], group: 'Content' },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: { ...rebuildSiteHooks, beforeChange: [rememberPublishedAddress('programmes')], afterChange: [redirectOnSlugChange('programmes'), ...rebuildSiteHooks.afterChange] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(),
    translationStatusField,
    { name: 'summary', type: 'textarea', localized: true, required: true, admin: { description: 'One or two sentences for cards and search results.' } },
    { name: 'image', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true, required: true },
    { name: 'contactEmail', type: 'email', admin: { position: 'sidebar' } },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: 'Lower comes first.' } },
    seoField,
  ],
}
