import type { Block } from 'payload'
import { label, labels } from '../i18n/label'

/** Address, phone and contact addresses from the Organisation settings. */
export const ContactDetails: Block = {
  slug: 'contactDetails',
  labels: labels('block.contactDetails'),
  interfaceName: 'ContactDetailsBlock',
  fields: [{ name: 'heading', label: label('field.heading'), type: 'text', localized: true }],
}
