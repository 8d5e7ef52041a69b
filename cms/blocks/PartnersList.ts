import type { Block } from 'payload'

export const PartnersList: Block = {
  slug: 'partnersList',
  interfaceName: 'PartnersListBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'intro', type: 'textarea', localized: true },
  ],
}
