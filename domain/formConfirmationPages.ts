import type { Locale } from './locales'

/**
 * The pages a browser lands on after sending a form without script: the CMS answers the
 * post with a redirect here, the site builds them. Under the page that holds the form, in
 * each language: /fr/benevolat/candidature-recue/, /en/material-needs/pledge-received/.
 * (A gift lands on Stripe's payment page instead, then on domain/donationPages.ts.)
 */
export type ConfirmedForm = 'application' | 'pledge'

export const formConfirmationSegments: Record<ConfirmedForm, Record<Locale, string>> = {
  application: { nl: 'kandidatuur-ontvangen', fr: 'candidature-recue', en: 'application-received' },
  pledge: { nl: 'toezegging-ontvangen', fr: 'promesse-recue', en: 'pledge-received' },
}

/** The page (by its purpose in the CMS) whose address the confirmation sits under. */
export const confirmationParentPurpose: Record<ConfirmedForm, 'volunteering' | 'wishlist'> = {
  application: 'volunteering',
  pledge: 'wishlist',
}

export function formConfirmationPath(parentPath: string, form: ConfirmedForm, locale: Locale): string {
  return `${parentPath}${formConfirmationSegments[form][locale]}/`
}
