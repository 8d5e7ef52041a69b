import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Public content: anyone reads what is published; editors also read drafts. */
export const publishedOrEditor: Access = ({ req }) =>
  hasRole(req.user, 'communication-officer') ? true : { _status: { equals: 'published' } }

/** Public content without drafts (media, globals' published versions are handled by Payload). */
export const anyone: Access = () => true

export const editors: Access = ({ req }) => hasRole(req.user, 'communication-officer')

export const administrators: Access = ({ req }) => hasRole(req.user, 'administrator')

/** Any signed-in staff member: the admin panel itself. */
export const staff: Access = ({ req }) => Boolean(req.user)

export const administratorsField: FieldAccess = ({ req }) => hasRole(req.user, 'administrator')
