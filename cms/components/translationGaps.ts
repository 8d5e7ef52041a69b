import { type Locale, locales } from '../../domain/locales'

/** Fields a document needs in every language before its translation counts as complete. */
export const translatedFields = ['title', 'slug', 'summary'] as const
export type TranslatedField = (typeof translatedFields)[number]

/**
 * Per language, which of those fields are empty in a document read with `locale: 'all'`
 * (each localized field an object of languages). A field the document does not have is
 * not counted. Shared by the document sidebar (TranslationStatus) and the dashboard.
 */
export function translationGaps(doc: Record<string, unknown>): Record<Locale, TranslatedField[]> {
  const gaps = {} as Record<Locale, TranslatedField[]>
  for (const language of locales) {
    gaps[language] = translatedFields.filter((field) => {
      if (!(field in doc)) return false
      const value = (doc[field] as Partial<Record<Locale, unknown>> | null | undefined)?.[language]
      return typeof value !== 'string' || value.trim() === ''
    })
  }
  return gaps
}
