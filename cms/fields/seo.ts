import type { GroupField } from 'payload'
import { label } from '../i18n/label'

/** Title, description and social image for search engines and link previews. */
export const seoField: GroupField = {
  name: 'meta',
  label: label('seo.label'),
  type: 'group',
  admin: { description: label('seo.description') },
  fields: [
    { name: 'title', label: label('seo.title'), type: 'text', localized: true, maxLength: 70 },
    { name: 'description', label: label('seo.metaDescription'), type: 'textarea', localized: true, maxLength: 170 },
    { name: 'image', label: label('seo.image'), type: 'upload', relationTo: 'media' },
  ],
}
