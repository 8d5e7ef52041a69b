import type { CollectionConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { dayOnly } from '../i18n/dates'
import { label, labels } from '../i18n/label'
import { translationStatusField } from '../fields/translationStatus'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { redirectOnSlugChange, rememberPublishedAddress } from './Redirects/redirectOnSlugChange'
import { previewUrl } from '../siteBuilds/previewUrl'

export const News: CollectionConfig = {
  slug: 'news',
  labels: labels('news'),
  admin: { preview: previewUrl('news'), useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: label('group.content') },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: { ...rebuildSiteHooks, beforeChange: [rememberPublishedAddress('news')], afterChange: [redirectOnSlugChange('news'), ...rebuildSiteHooks.afterChange] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', label: label('field.title'), type: 'text', localized: true, required: true },
    slugField(),
    translationStatusField,
    {
      // Not required: an article whose source gives no date (a seeded one) shows none rather than an invented one.
      name: 'publishedAt',
      label: label('news.publishedAt'),
      type: 'date',
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: dayOnly, description: label('news.publishedAt.description') },
    },
    { name: 'summary', label: label('field.summary'), type: 'textarea', localized: true, required: true },
    { name: 'image', label: label('field.image'), type: 'upload', relationTo: 'media' },
    { name: 'body', label: label('field.body'), type: 'richText', localized: true, required: true },
    seoField,
  ],
}
