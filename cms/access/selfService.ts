import type { Access } from 'payload'
import { hasRole } from './roles'

/**
 * The self-service log says who used their personal link for what (never the data itself).
 * Administrators read it; nobody writes it but the CMS (cms/selfService/audit.ts), and
 * nobody edits or deletes it over the API or in the admin.
 */
export const selfServiceLogReaders: Access = ({ req }) => hasRole(req.user, 'administrator')
