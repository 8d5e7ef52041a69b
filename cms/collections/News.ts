import type { CollectionConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { translationStatusField } from '../fields/translationStatus'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { redirectOnSlugChange, rememberPublishedAddress } from './Redirects/redirectOnSlugChange'
import { previewUrl } from '../siteBuilds/previewUrl'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'News article', plural: 'News' },
  admin: { preview: previewUrl('news'), useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: 'Content' },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: { ...rebuildSiteHooks, beforeChange: [rememberPublishedAddress('news')], afterChange: [redirectOnSlugChange('news'), ...rebuildSiteHooks.afterChange] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(),
    translationStatusField,
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'summary', type: 'textarea', localized: true, required: true },
    { name: 'image', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true, required: true },
    seoField,
  ],
}
