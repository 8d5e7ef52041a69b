import type { DonationRules, Frequency } from '../../../../domain/forms/donation'
import type { Locale } from '../../../../domain/locales'
import type { TaxReduction } from '../../../../domain/tax/taxReduction'
import type { UiStrings } from '../../../i18n/schema'

export type PresetAmount = { amountCents: number; frequency: Frequency | 'both'; impact?: string }

/** The account, and where the bank-transfer form asks the CMS for a structured communication. */
export type BankDetails = { accountHolder: string; iban: string; bic?: string; requestUrl: string }

/** Everything the donate island needs, decided at build time from the CMS. */
export type DonateProps = {
  locale: Locale
  strings: UiStrings['donate']
  /** `taxReduction`: the rate and minimum of this year, from the Tax certificate settings, when the organisation is approved for it. */
  rules: DonationRules & { feeCoverPercent: number; taxReduction?: Pick<TaxReduction, 'percent' | 'minimumCents'> }
  presets: PresetAmount[]
  mode: 'live' | 'demo' | 'off'
  checkoutUrl: string
  bank?: BankDetails
}


