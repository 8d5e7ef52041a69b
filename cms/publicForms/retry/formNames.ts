import type { Locale } from '../../../domain/locales'
import type { FieldErrors } from '../../../domain/forms/errors'

/** The public forms a browser can send without script, and so may have to correct. */
export const formNames = ['donation', 'application', 'pledge', 'link-request', 'bank-transfer'] as const
export type FormName = (typeof formNames)[number]

/** The page of the site each form lives on, by its purpose in the CMS (the link request's page is the site's own: domain/selfServicePages.ts). */
export const formPagePurpose: Record<Exclude<FormName, 'link-request'>, 'donate' | 'volunteering' | 'wishlist'> = {
  donation: 'donate',
  application: 'volunteering',
  pledge: 'wishlist',
  'bank-transfer': 'donate',
}

/** A form's fields as the browser sent them: [name, value] pairs, in order, repeated names kept. */
export type FormEntries = [string, string][]

/** A refused form, kept to be shown again: what was typed and what is wrong with it. */
export type Retry = { form: FormName; locale: Locale; fields: FormEntries; errors: FieldErrors }
