import { intlLocales, type Locale } from './locales'

/**
 * Amounts in euro cents, written as each language writes them: "€ 25", "25,50 €",
 * "€25.50". One formatter for the site, its islands, its form messages and its emails.
 */
export type CentsShown = 'always' | 'whenAny' | 'never'

const formats = new Map<string, Intl.NumberFormat>()

export function formatEuroCents(cents: number, locale: Locale, centsShown: CentsShown = 'always'): string {
  const digits = centsShown === 'never' || (centsShown === 'whenAny' && cents % 100 === 0) ? 0 : 2
  const key = `${locale}:${digits}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits })
    formats.set(key, format)
  }
  return format.format(cents / 100)
}
