import type { Block } from 'payload'

export const KeyFigures: Block = {
  slug: 'keyFigures',
  interfaceName: 'KeyFiguresBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true },
    {
      name: 'figures',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      fields: [
        { name: 'value', type: 'text', localized: true, required: true, admin: { description: 'For example "3 of 5" or "2 months".' } },
        { name: 'label', type: 'text', localized: true, required: true },
      ],
    },
  ],
}
