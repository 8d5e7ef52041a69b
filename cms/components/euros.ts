import { formatEuroCents } from '../../domain/money'
import { intlLocales, isLocale, type Locale } from '../../domain/locales'

/**
 * Amounts are stored in euro cents; the admin shows them as euros, written the way the
 * user's admin language writes them. The site's own formatter (domain/money.ts) does the
 * writing, so the admin and the site never disagree on "€ 25,50".
 */
function localeOf(language: string | undefined): Locale {
  return isLocale(language) ? language : 'en'
}

/** For reading: "€ 1.234,50" (nl), "1 234,50 €" (fr), "€1,234.50" (en). */
export function formatCents(cents: number, language: string | undefined): string {
  return formatEuroCents(cents, localeOf(language), 'always')
}

/**
 * For editing: the amount without sign or thousands separator, so that what is shown
 * reads back the same through parseEuroAmount (domain/forms/amounts.ts): "1234,50" in
 * Dutch and French, "1234.50" in English; whole euros without decimals.
 */
export function centsAsInput(cents: number, language: string | undefined): string {
  const digits = cents % 100 === 0 ? 0 : 2
  return new Intl.NumberFormat(intlLocales[localeOf(language)], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(cents / 100)
}

export { parseEuroAmount } from '../../domain/forms/amounts'
