import type { Block } from 'payload'

export const LatestNews: Block = {
  slug: 'latestNews',
  interfaceName: 'LatestNewsBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'count', type: 'number', defaultValue: 3, min: 1, max: 12, required: true },
  ],
}
