import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { administrators } from './content'
import { hasRole } from './roles'

/**
 * Tax certificate settings, bank-transfer references, bank statements and their lines:
 * finance and administrators only (issue 11: statements and what identifies donors never
 * leave their hands). References and statement lines are written by the CMS itself (the
 * public endpoint, the statement upload, the assign and ignore actions), never by hand.
 */
export const financeOnly: Access = ({ req }) => hasRole(req.user, 'finance')

/** Written only by the CMS's own code paths (Local API with `overrideAccess`). */
export const nobodyByHand: Access = () => false

/** A field only the statement matching writes (on a donation: its reference and statement line). */
export const writtenByCodeOnly: FieldAccess = () => false

/** References, statements and their lines: read by finance, written by the CMS, deleted by an administrator only. */
export const financeRecords: CollectionConfig['access'] = { read: financeOnly, create: nobodyByHand, update: nobodyByHand, delete: administrators }
