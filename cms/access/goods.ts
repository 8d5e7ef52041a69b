import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Pledges carry givers' names and addresses: the goods team and administrators only. */
export const goodsTeam: Access = ({ req }) => hasRole(req.user, 'goods')

export const goodsTeamField: FieldAccess = ({ req }) => hasRole(req.user, 'goods')

/** Needs are public content: the goods team and the communication officer edit them. */
export const needEditors: Access = ({ req }) => hasRole(req.user, 'goods', 'communication-officer')

/** The public sees open and fulfilled needs (fulfilled ones are shown as such); staff see all. */
export const publicNeeds: Access = ({ req }) =>
  hasRole(req.user, 'goods', 'communication-officer') ? true : { status: { in: ['open', 'fulfilled'] } }

/** Counters move only with pledges (see Pledges/counters.ts), never by hand. */
export const nobody: FieldAccess = () => false
