import type { CollectionConfig } from 'payload'
import { hasRole } from '../../access/roles'
import { volunteerCoordinators } from '../../access/volunteers'
import { challengeEndpoint, eraseEndpoint, exportEndpoint, fileEndpoint } from './adminEndpoints'
import { applicationFields } from './fields'
import { applicationsSlug, forgetEverything, notifyApplicant, trackStatus } from './hooks'
import { submitEndpoint } from './submitEndpoint'

/**
 * Applications to volunteer. Personal data under the GDPR: only the volunteer coordinator
 * and administrators read, change or delete them; nobody creates one but the public form's
 * endpoint, which checks everything first.
 */
export const VolunteerApplications: CollectionConfig = {
  slug: applicationsSlug,
  labels: { singular: 'Volunteer application', plural: 'Volunteer applications' },
  admin: {
    group: 'Volunteering',
    useAsTitle: 'name',
    defaultColumns: ['reference', 'name', 'role', 'status', 'centres', 'createdAt'],
    listSearchableFields: ['name', 'email', 'reference'],
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'volunteer-coordinator'),
    components: { beforeList: ['/collections/VolunteerApplications/admin/ApplicationsExport#ApplicationsExport'] },
    description: 'Filter by status, role or centre with the list’s filters; the CSV export follows the same choices.',
  },
  access: { read: volunteerCoordinators, create: () => false, update: volunteerCoordinators, delete: volunteerCoordinators },
  endpoints: [challengeEndpoint, submitEndpoint, fileEndpoint, eraseEndpoint, exportEndpoint],
  defaultSort: '-createdAt',
  // Versions would keep copies of deleted personal data: the status history is kept in the record instead.
  versions: false,
  hooks: { beforeChange: [trackStatus], afterChange: [notifyApplicant], afterDelete: [forgetEverything] },
  fields: applicationFields,
}
