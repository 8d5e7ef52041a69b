import type { GlobalConfig } from 'payload'
import { hasRole } from '../access/roles'
import { volunteerCoordinators } from '../access/volunteers'

export const volunteeringSettingsSlug = 'volunteering-settings'

/** How long declined and withdrawn applications are kept: the coordinator's setting, stated in the privacy notice. */
export const VolunteeringSettings: GlobalConfig = {
  slug: volunteeringSettingsSlug,
  label: 'Volunteering settings',
  admin: { group: 'Volunteering', hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'volunteer-coordinator') },
  access: { read: volunteerCoordinators, update: volunteerCoordinators },
  fields: [
    {
      name: 'retentionWeeks',
      label: 'Keep declined and withdrawn applications for (weeks after the decision)',
      type: 'number',
      required: true,
      defaultValue: 4,
      min: 1,
      max: 52,
    },
    {
      name: 'futureRolesMonths',
      label: 'Keep them for (months) when the applicant agreed to be kept for future roles',
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 1,
      max: 24,
    },
  ],
}
