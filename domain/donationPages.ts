import type { Locale } from './locales'

/**
 * The pages Stripe sends a donor back to, under the donate page's own address in each
 * language: /nl/<donate-slug>/bedankt/ and /nl/<donate-slug>/geannuleerd/. Both the site
 * (which builds them) and the CMS (which hands them to Stripe) read them here.
 */
export const donationReturnSegments: Record<'thanks' | 'cancelled', Record<Locale, string>> = {
  thanks: { nl: 'bedankt', fr: 'merci', en: 'thank-you' },
  cancelled: { nl: 'geannuleerd', fr: 'annule', en: 'cancelled' },
}

export function donationReturnPath(donatePath: string, kind: 'thanks' | 'cancelled', locale: Locale): string {
  return `${donatePath}${donationReturnSegments[kind][locale]}/`
}
