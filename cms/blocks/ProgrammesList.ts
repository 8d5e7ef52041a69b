import type { Block } from 'payload'
import { label, labels } from '../i18n/label'

/** Lists the published programmes, in their set order. */
export const ProgrammesList: Block = {
  slug: 'programmesList',
  labels: labels('block.programmesList'),
  interfaceName: 'ProgrammesListBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true },
    { name: 'intro', label: label('field.intro'), type: 'textarea', localized: true },
  ],
}
