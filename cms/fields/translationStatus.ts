import type { UIField } from 'payload'

/** Shows in the sidebar which languages of the document are still missing. */
export const translationStatusField: UIField = {
  name: 'translationStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/TranslationStatus#TranslationStatus' } },
}
