import type { Block } from 'payload'
import { label, labels } from '../i18n/label'
import { linkField } from '../fields/link'

export const CallToAction: Block = {
  slug: 'callToAction',
  labels: labels('block.callToAction'),
  interfaceName: 'CallToActionBlock',
  fields: [
    {
      name: 'items',
      label: label('block.items'),
      labels: labels('block.items'),
      type: 'array',
      minRows: 1,
      maxRows: 4,
      fields: [
        { name: 'heading', label: label('field.heading'), type: 'text', localized: true, required: true },
        { name: 'text', label: label('field.text'), type: 'textarea', localized: true },
        linkField(),
      ],
    },
  ],
}
