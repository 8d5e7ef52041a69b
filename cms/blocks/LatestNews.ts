import type { Block } from 'payload'
import { label, labels } from '../i18n/label'

export const LatestNews: Block = {
  slug: 'latestNews',
  labels: labels('block.latestNews'),
  interfaceName: 'LatestNewsBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true },
    { name: 'count', label: label('block.count'), type: 'number', defaultValue: 3, min: 1, max: 12, required: true },
  ],
}
