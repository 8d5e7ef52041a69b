import type { Block } from 'payload'
import { label, labels } from '../i18n/label'

export const Content: Block = {
  slug: 'content',
  labels: labels('block.content'),
  interfaceName: 'ContentBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true },
    { name: 'body', label: label('field.body'), type: 'richText', localized: true, required: true },
  ],
}
