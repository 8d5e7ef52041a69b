import type { DonationRules, Frequency } from '../../../../domain/forms/donation'
import type { Locale } from '../../../../domain/locales'
import type { UiStrings } from '../../../i18n/schema'

export type PresetAmount = { amountCents: number; frequency: Frequency | 'both'; impact?: string }

export type BankDetails = { accountHolder: string; iban: string; bic?: string }

/** Everything the donate island needs, decided at build time from the CMS. */
export type DonateProps = {
  locale: Locale
  strings: UiStrings['donate']
  rules: DonationRules & { feeCoverPercent: number }
  presets: PresetAmount[]
  mode: 'live' | 'demo' | 'off'
  checkoutUrl: string
  bank?: BankDetails
}

export const euros = (cents: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-IE' : `${locale}-BE`, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100)

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
