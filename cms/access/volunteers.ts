import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/**
 * Applications carry personal data (CV, languages, sometimes a migration background):
 * only the volunteer coordinator and administrators see them, through every door alike
 * (REST, GraphQL, admin, the CV download route).
 */
export const volunteerCoordinators: Access = ({ req }) => hasRole(req.user, 'volunteer-coordinator')

export const volunteerCoordinatorsField: FieldAccess = ({ req }) => hasRole(req.user, 'volunteer-coordinator')

/** Erasing an applicant entirely (record, files, emails) is the coordinator's call too. */
export const mayEraseApplicants = (user: unknown): boolean => hasRole(user as never, 'volunteer-coordinator')

/** Roles are public content that the coordinator keeps up to date with the communication officer. */
export const volunteerRoleEditors: Access = ({ req }) => hasRole(req.user, 'communication-officer', 'volunteer-coordinator')

export const publishedOrVolunteerRoleEditor: Access = ({ req }) =>
  hasRole(req.user, 'communication-officer', 'volunteer-coordinator') ? true : { _status: { equals: 'published' } }
