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


