import type { CollectionConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { seoField } from '../fields/seo'
import { label, labels } from '../i18n/label'
import { slugField } from '../fields/slug'
import { translationStatusField } from '../fields/translationStatus'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { redirectOnSlugChange, rememberPublishedAddress } from './Redirects/redirectOnSlugChange'
import { previewUrl } from '../siteBuilds/previewUrl'

/** What the organisation does: each programme gets its own page and a card on the home page. */
export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: labels('programmes'),
  admin: { preview: previewUrl('programmes'), useAsTitle: 'title', defaultColumns: ['title', 'order', '_status', 'updatedAt'], group: label('group.content') },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: { ...rebuildSiteHooks, beforeChange: [rememberPublishedAddress('programmes')], afterChange: [redirectOnSlugChange('programmes'), ...rebuildSiteHooks.afterChange] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: 'order',
  fields: [
    { name: 'title', label: label('field.title'), type: 'text', localized: true, required: true },
    slugField(),
    translationStatusField,
    { name: 'summary', label: label('field.summary'), type: 'textarea', localized: true, required: true, admin: { description: label('field.summary.cardDescription') } },
    { name: 'image', label: label('field.image'), type: 'upload', relationTo: 'media' },
    { name: 'body', label: label('field.body'), type: 'richText', localized: true, required: true },
    { name: 'contactEmail', label: label('programmes.contactEmail'), type: 'email', admin: { position: 'sidebar' } },
    { name: 'order', label: label('field.order'), type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: label('field.order.description') } },
    seoField,
  ],
}
