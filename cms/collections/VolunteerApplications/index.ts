import type { CollectionConfig } from 'payload'
import { hasRole } from '../../access/roles'
import { volunteerCoordinators } from '../../access/volunteers'
import { label, labels } from '../../i18n/label'
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
  labels: labels('applications'),
  admin: {
    group: label('group.volunteering'),
    useAsTitle: 'name',
    // 'track' tells Up Together host families from volunteers; the list's filters can keep one of the two.
    defaultColumns: ['reference', 'name', 'track', 'role', 'status', 'centres', 'createdAt'],
    listSearchableFields: ['name', 'email', 'reference'],
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'volunteer-coordinator'),
    components: { beforeList: ['/collections/VolunteerApplications/admin/ApplicationsExport#ApplicationsExport'] },
    description: label('applications.description'),
  },
  access: { read: volunteerCoordinators, create: () => false, update: volunteerCoordinators, delete: volunteerCoordinators },
  endpoints: [challengeEndpoint, submitEndpoint, fileEndpoint, eraseEndpoint, exportEndpoint],
  defaultSort: '-createdAt',
  // Versions would keep copies of deleted personal data: the status history is kept in the record instead.
  versions: false,
  hooks: { beforeChange: [trackStatus], afterChange: [notifyApplicant], afterDelete: [forgetEverything] },
  fields: applicationFields,
}
