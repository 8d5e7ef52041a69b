import { intlLocales, isLocale } from '../../../domain/locales'

/**
 * Dates on the dashboard, written the way the reader's admin language writes them
 * ("3 mrt. 2026", "3 mars 2026", "Mar 3, 2026"), in Belgian time.
 */
function formatter(language: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(intlLocales[isLocale(language) ? language : 'en'], { timeZone: 'Europe/Brussels', ...options })
}

export function formatDay(value: string | Date, language: string): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : formatter(language, { dateStyle: 'medium' }).format(date)
}

export function formatMoment(value: string | Date, language: string): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : formatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}
