import type { Access } from 'payload'
import { hasRole } from './roles'

/** Administrators manage every account; everyone else sees and edits only their own. */
export const selfOrAdministrator: Access = ({ req }) => {
  if (hasRole(req.user, 'administrator')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
