import type { CollectionConfig } from 'payload'
import { anyone, editors } from '../access/content'
import { mediaDir } from '../env'

/**
 * Images, resized on upload to the widths the site uses and stored as WebP. The site
 * build copies the files it needs into its output, so the public never reaches the CMS.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Media' },
  admin: { useAsTitle: 'filename', group: 'Content' },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 80 } }, withoutEnlargement: true },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 80 } }, withoutEnlargement: true },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } }, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it. Required in every language.' },
    },
    { name: 'credit', type: 'text' },
  ],
}
