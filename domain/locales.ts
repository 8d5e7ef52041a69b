/** The site's languages. Dutch is the source language of the content and the fallback. */
export const locales = ['nl', 'fr', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'nl'

export const localeNames: Record<Locale, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
}

/** BCP 47 tags for hreflang and Open Graph: the Belgian variants where they exist. */
export const localeTags: Record<Locale, string> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  en: 'en',
}

/** Tags for Intl formatting: Belgian conventions, and Irish English for "€1,234.50" with the sign in front. */
export const intlLocales: Record<Locale, string> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  en: 'en-IE',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
