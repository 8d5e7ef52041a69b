import type { CollectionConfig } from 'payload'
import { anyone, editors } from '../access/content'
import { mediaDir } from '../env'
import { label, labels } from '../i18n/label'
import { rebuildSiteHooks } from '../siteBuilds/hooks'

/**
 * Images, resized on upload to the widths the site uses and stored as WebP, in
 * DATA_DIR/media (staticDir) or, with S3_BUCKET, in the bucket (cms/storage/mediaStorage.ts,
 * which also gives the collection the adapter's fields in both cases). The site build
 * copies the files it needs into its output, so the public never reaches the CMS.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: labels('media'),
  admin: { useAsTitle: 'filename', group: label('group.content') },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: rebuildSiteHooks,
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
      // Three plain fields rather than one localized field: each is required, so an image
      // cannot be saved until it is described in every language.
      name: 'alt',
      label: label('media.alt'),
      type: 'group',
      admin: { description: label('media.alt.description') },
      fields: [
        { name: 'nl', label: label('language.nl'), type: 'text', required: true, maxLength: 250 },
        { name: 'fr', label: label('language.fr'), type: 'text', required: true, maxLength: 250 },
        { name: 'en', label: label('language.en'), type: 'text', required: true, maxLength: 250 },
      ],
    },
    { name: 'credit', label: label('media.credit'), type: 'text' },
  ],
}
