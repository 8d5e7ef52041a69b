import type { Field, GroupField } from 'payload'

/** The documents a link inside the site can point to. */
export const linkableCollections = ['pages', 'programmes', 'news'] as const

/**
 * A link an editor can set without knowing URLs: to a page, programme or news article
 * (its address then follows the document's slug in each language), or to any address.
 */
export function linkField({ name = 'link', withLabel = true, required = true } = {}): GroupField {
  const fields: Field[] = [
    {
      name: 'type',
      type: 'radio',
      defaultValue: 'internal',
      options: [
        { label: 'Page on this site', value: 'internal' },
        { label: 'Other address', value: 'external' },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'reference',
      type: 'relationship',
      relationTo: [...linkableCollections],
      required,
      admin: { condition: (_, sibling) => sibling?.type !== 'external' },
    },
    {
      name: 'url',
      type: 'text',
      required,
      admin: { condition: (_, sibling) => sibling?.type === 'external' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (siblingData?.type !== 'external') return true
        if (!required && !value) return true
        if (typeof value !== 'string' || !/^(https?:\/\/|mailto:|tel:)/.test(value)) {
          return 'Enter a full address starting with https://, mailto: or tel:.'
        }
        return true
      },
    },
  ]
  if (withLabel) {
    fields.push({ name: 'label', type: 'text', localized: true, required })
  }
  return { name, type: 'group', fields }
}
