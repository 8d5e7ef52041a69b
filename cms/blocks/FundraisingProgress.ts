import type { Block } from 'payload'
import { label, labels } from '../i18n/label'
import { linkField } from '../fields/link'

/** This year's goal from the Organisation settings and how far along it is. */
export const FundraisingProgress: Block = {
  slug: 'fundraisingProgress',
  labels: labels('block.fundraisingProgress'),
  interfaceName: 'FundraisingProgressBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true, required: true },
    { name: 'text', label: label('field.text'), type: 'textarea', localized: true },
    { ...linkField({ name: 'action', label: label('block.action'), required: false }), admin: { description: label('block.action.description') } },
  ],
}
