import type { Block } from 'payload'
import { label, labels } from '../i18n/label'

export const PartnersList: Block = {
  slug: 'partnersList',
  labels: labels('block.partnersList'),
  interfaceName: 'PartnersListBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true },
    { name: 'intro', label: label('field.intro'), type: 'textarea', localized: true },
  ],
}
