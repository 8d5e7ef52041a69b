import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Donations carry donors' personal data: finance and administrators only. */
export const finance: Access = ({ req }) => hasRole(req.user, 'finance')

/** Gifts paid online are facts from Stripe: nobody edits them; offline gifts finance records and corrects. */
export const financeOnOfflineGifts: Access = ({ req }) =>
  hasRole(req.user, 'finance') ? { source: { equals: 'offline' } } : false

export const financeField: FieldAccess = ({ req }) => hasRole(req.user, 'finance')
