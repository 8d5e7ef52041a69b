import type { Block } from 'payload'
import { label, labels } from '../i18n/label'
import { linkField } from '../fields/link'

export const Hero: Block = {
  slug: 'hero',
  labels: labels('block.hero'),
  interfaceName: 'HeroBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true, required: true },
    { name: 'text', label: label('field.text'), type: 'textarea', localized: true },
    { name: 'image', label: label('field.image'), type: 'upload', relationTo: 'media' },
    { name: 'actions', label: label('block.actions'), labels: labels('block.actions'), type: 'array', maxRows: 3, fields: [linkField()] },
  ],
}
