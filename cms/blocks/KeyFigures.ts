import type { Block } from 'payload'
import { label, labels } from '../i18n/label'

export const KeyFigures: Block = {
  slug: 'keyFigures',
  labels: labels('block.keyFigures'),
  interfaceName: 'KeyFiguresBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true },
    {
      name: 'figures',
      label: label('block.figures'),
      labels: labels('block.figures'),
      type: 'array',
      minRows: 1,
      maxRows: 6,
      fields: [
        { name: 'value', label: label('block.figureValue'), type: 'text', localized: true, required: true, admin: { description: label('block.figureValue.description') } },
        { name: 'label', label: label('block.figureLabel'), type: 'text', localized: true, required: true },
      ],
    },
  ],
}
