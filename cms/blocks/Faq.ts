import type { Block } from 'payload'
import { label, labels } from '../i18n/label'

export const Faq: Block = {
  slug: 'faq',
  labels: labels('block.faq'),
  interfaceName: 'FaqBlock',
  fields: [
    { name: 'heading', label: label('field.heading'), type: 'text', localized: true },
    {
      name: 'questions',
      label: label('block.questions'),
      labels: labels('block.questions'),
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'question', label: label('block.question'), type: 'text', localized: true, required: true },
        { name: 'answer', label: label('block.answer'), type: 'richText', localized: true, required: true },
      ],
    },
  ],
}
