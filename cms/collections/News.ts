import type { CollectionConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'News article', plural: 'News' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: 'Content' },
  access: { read: publishedOrEditor, create: editors, update: editors, delete: editors },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(),
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
