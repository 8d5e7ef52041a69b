import { type DonationRules, donationCheckoutSchema } from '../../../../domain/forms/donation'
import type { Locale } from '../../../../domain/locales'
import { check } from '../form/check'

/** The donate form's checks, fetched by DonateForm once the visitor starts on the form (with zod, they are most of its script). */
export function checkDonation(rules: DonationRules, request: unknown, locale: Locale) {
  return check(donationCheckoutSchema(rules), request, locale)
}
