import type { GroupField } from 'payload'

/** Title, description and social image for search engines and link previews. */
export const seoField: GroupField = {
  name: 'meta',
  label: 'Search and social',
  type: 'group',
  admin: { description: 'Leave empty to use the title and summary.' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 170 },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
