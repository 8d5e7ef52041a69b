import { defaultLocale, type Locale } from '../../domain/locales'

/** A field read with `locale: 'all'`: one value per language, any of them possibly missing. */
export type Localized<T = string> = Partial<Record<Locale, T | null>>

/** A value in the language asked for, or in Dutch when that translation is missing, with the language it really is in. */
export type InLanguage<T = string> = { value: T; lang: Locale }

function present(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  return true
}

export function pick<T>(field: Localized<T> | T | null | undefined, locale: Locale): InLanguage<T> | undefined {
  if (!isLocalizedObject(field)) return present(field) ? { value: field as T, lang: locale } : undefined
  if (present(field[locale])) return { value: field[locale] as T, lang: locale }
  if (present(field[defaultLocale])) return { value: field[defaultLocale] as T, lang: defaultLocale }
  return undefined
}

/** The text alone, for places where its language need not be marked (attributes, titles). */
export function text(field: Localized | string | null | undefined, locale: Locale): string {
  return pick(field, locale)?.value ?? ''
}

function isLocalizedObject<T>(field: unknown): field is Localized<T> {
  return typeof field === 'object' && field !== null && !Array.isArray(field) && ('nl' in field || 'fr' in field || 'en' in field)
}
