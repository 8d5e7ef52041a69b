import type { Block } from 'payload'

/** Lists the published programmes, in their set order. */
export const ProgrammesList: Block = {
  slug: 'programmesList',
  interfaceName: 'ProgrammesListBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'intro', type: 'textarea', localized: true },
  ],
}
