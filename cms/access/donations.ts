import { APIError, type Access, type FieldAccess, type FieldHook } from 'payload'
import { message } from '../i18n/label'
import { hasRole } from './roles'

/**
 * Donations carry donors' personal data: finance and administrators only. Finance records
 * and corrects offline gifts, and annotates any gift (notes, tax-certificate details);
 * what Stripe reported about an online gift stays as Stripe said (see below).
 */
export const finance: Access = ({ req }) => hasRole(req.user, 'finance')

export const financeField: FieldAccess = ({ req }) => hasRole(req.user, 'finance')

type DonationLike = { source?: string | null } | undefined

const fromStripe = (doc: unknown) => (doc as DonationLike)?.source === 'stripe'

/**
 * An "online (Stripe)" gift is created only by the checkout endpoint and the Stripe
 * webhook (Local API, `overrideAccess: true`). By hand — REST, GraphQL, the admin, a
 * duplicate of an online gift — nobody records one, not even an administrator.
 * A field hook, because it runs before field access and sees a duplicate's copied value.
 */
export const noStripeGiftsByHand: FieldHook = ({ value, previousValue, operation, overrideAccess, req }) => {
  if (overrideAccess || value !== 'stripe') return value
  if (operation === 'create' || previousValue !== 'stripe') throw new APIError(message(req, 'donations.onlyCheckoutRecordsOnline', { offline: message(req, 'donations.source.offline') }), 403, null, true)
  return value
}

/** Read-only, in the admin too, on a gift Stripe reported. */
export const notOnStripeGifts: FieldAccess = ({ doc }) => !fromStripe(doc)

/**
 * What Stripe reported (amount, status, kind, dates, refunds): refused when changed by
 * hand on an online gift, rather than silently ignored.
 */
export const keepStripeFacts: FieldHook = ({ value, previousValue, originalDoc, operation, overrideAccess, field, req }) => {
  if (overrideAccess || operation !== 'update' || !fromStripe(originalDoc) || value === undefined || sameValue(value, previousValue)) return value
  throw new APIError(message(req, 'donations.stripeFactFixed', { field: fieldLabel(field, req.i18n?.language) }), 403, null, true)
}

/** The field's label as the staff member reads it in the admin ("Amount", "Montant"), else its name. */
function fieldLabel(field: Parameters<FieldHook>[0]['field'], language: string | undefined): string {
  const given = 'label' in field ? field.label : undefined
  if (typeof given === 'string') return given
  const translated = given && typeof given === 'object' && language ? (given as Record<string, unknown>)[language] : undefined
  if (typeof translated === 'string') return translated
  return ('name' in field ? field.name : undefined) ?? ''
}

/** Only the Stripe code paths (with `overrideAccess`) write Stripe's ids. */
export const stripeCodeOnly: FieldAccess = () => false

/** The Stripe-reported fields of a donation: read-only on online gifts, refused when changed. */
export const stripeFact = { access: { update: notOnStripeGifts }, hooks: { beforeValidate: [keepStripeFacts] } }

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if ((a === null || a === '') && (b === null || b === undefined || b === '')) return true
  // Dates arrive as ISO strings (or Date objects) in any of their equivalent spellings.
  const time = (v: unknown) => (typeof v === 'string' || v instanceof Date ? new Date(v).getTime() : Number.NaN)
  if (!Number.isNaN(time(a)) && time(a) === time(b) && typeof a !== 'number') return true
  return typeof a === 'number' && typeof b === 'number' ? a === b : String(a) === String(b)
}
