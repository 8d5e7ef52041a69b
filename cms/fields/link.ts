import type { Field, GroupField, PayloadRequest } from 'payload'
import { label as translated, message, options, type Translated } from '../i18n/label'

/** The documents a link inside the site can point to. */
export const linkableCollections = ['pages', 'programmes', 'news'] as const

/**
 * A link an editor can set without knowing URLs: to a page, programme or news article
 * (its address then follows the document's slug in each language), or to any address.
 */
export function linkField({ name = 'link', label = translated('link.label'), withLabel = true, required = true }: { name?: string; label?: Translated; withLabel?: boolean; required?: boolean } = {}): GroupField {
  const fields: Field[] = [
    {
      name: 'type',
      label: translated('link.type'),
      type: 'radio',
      defaultValue: 'internal',
      options: options('link.type', ['internal', 'external']),
      admin: { layout: 'horizontal' },
    },
    {
      name: 'reference',
      label: translated('link.reference'),
      type: 'relationship',
      relationTo: [...linkableCollections],
      required,
      admin: { condition: (_, sibling) => sibling?.type !== 'external' },
    },
    {
      name: 'url',
      label: translated('link.url'),
      type: 'text',
      required,
      admin: { condition: (_, sibling) => sibling?.type === 'external' },
      validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest }) => {
        if (siblingData?.type !== 'external') return true
        if (!required && !value) return true
        if (typeof value !== 'string' || !/^(https?:\/\/|mailto:|tel:)/.test(value)) {
          return message(req, 'validation.linkAddress')
        }
        return true
      },
    },
  ]
  if (withLabel) {
    fields.push({ name: 'label', label: translated('link.text'), type: 'text', localized: true, required })
  }
  return { name, label, type: 'group', fields }
}
