import type { Block } from 'payload'
import { linkField } from '../fields/link'

export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  fields: [
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 4,
      fields: [
        { name: 'heading', type: 'text', localized: true, required: true },
        { name: 'text', type: 'textarea', localized: true },
        linkField(),
      ],
    },
  ],
}
