import type { Block } from 'payload'
import { linkField } from '../fields/link'

/** This year's goal from the Organisation settings and how far along it is. */
export const FundraisingProgress: Block = {
  slug: 'fundraisingProgress',
  interfaceName: 'FundraisingProgressBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true },
    { name: 'text', type: 'textarea', localized: true },
    { ...linkField({ name: 'action', required: false }), admin: { description: 'Optional: where the button leads.' } },
  ],
}
