import type { Block } from 'payload'

/** Address, phone and contact addresses from the Organisation settings. */
export const ContactDetails: Block = {
  slug: 'contactDetails',
  interfaceName: 'ContactDetailsBlock',
  fields: [{ name: 'heading', type: 'text', localized: true }],
}
