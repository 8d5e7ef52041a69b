import type { GlobalConfig } from 'payload'
import { hasRole } from '../access/roles'
import { volunteerCoordinators } from '../access/volunteers'
import { label } from '../i18n/label'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'

export const volunteeringSettingsSlug = 'volunteering-settings'

/**
 * How long declined and withdrawn applications are kept: the coordinator's setting, which
 * the privacy notice states (site/lib/contentValues.ts), so a change rebuilds the site.
 */
export const VolunteeringSettings: GlobalConfig = {
  slug: volunteeringSettingsSlug,
  label: label('volunteeringSettings.label'),
  admin: { group: label('group.volunteering'), hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'volunteer-coordinator') },
  access: { read: volunteerCoordinators, update: volunteerCoordinators },
  hooks: rebuildSiteGlobalHooks,
  fields: [
    {
      name: 'retentionWeeks',
      label: label('volunteeringSettings.retentionWeeks'),
      type: 'number',
      required: true,
      defaultValue: 4,
      min: 1,
      max: 52,
      admin: { description: label('volunteeringSettings.retentionWeeks.description') },
    },
    {
      name: 'futureRolesMonths',
      label: label('volunteeringSettings.futureRolesMonths'),
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 1,
      max: 24,
    },
  ],
}
