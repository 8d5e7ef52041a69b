import type { CollectionConfig } from 'payload'
import { publishedOrVolunteerRoleEditor, volunteerRoleEditors } from '../access/volunteers'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { applicationTracks, kindLabels, placeLabels, roleKinds, roleLanguages, rolePlaces } from '../../domain/volunteering/options'
import { localeNames } from '../../domain/locales'

/**
 * A way to volunteer, as a candidate reads it: what the role asks, where, how much time,
 * in which languages. Public once published; the communication officer edits them.
 */
export const VolunteerRoles: CollectionConfig = {
  slug: 'volunteer-roles',
  labels: { singular: 'Volunteer role', plural: 'Volunteer roles' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'open', 'order', '_status'], group: 'Volunteering' },
  access: { read: publishedOrVolunteerRoleEditor, readVersions: volunteerRoleEditors, create: volunteerRoleEditors, update: volunteerRoleEditors, delete: volunteerRoleEditors },
  hooks: rebuildSiteHooks,
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(),
    { name: 'summary', type: 'textarea', localized: true, required: true, admin: { description: 'One or two sentences for the list of roles.' } },
    { name: 'description', type: 'richText', localized: true, admin: { description: 'What the role is for (optional).' } },
    { name: 'duties', type: 'richText', localized: true, required: true },
    { name: 'requirements', type: 'richText', localized: true },
    {
      name: 'commitment',
      type: 'group',
      fields: [
        { name: 'hoursPerWeek', type: 'number', min: 0, admin: { description: 'At least this many hours a week; leave empty when the role does not say.' } },
        { name: 'minimumPeriod', type: 'text', localized: true, admin: { description: 'For example "one year, which can be extended".' } },
        { name: 'details', type: 'richText', localized: true },
      ],
    },
    {
      name: 'places',
      type: 'select',
      hasMany: true,
      required: true,
      options: rolePlaces.map((value) => ({ value, label: placeLabels[value] })),
    },
    {
      name: 'languages',
      label: 'Languages required',
      type: 'select',
      hasMany: true,
      options: roleLanguages.map((value) => ({ value, label: localeNames[value] })),
      admin: { description: 'A candidate speaking one of these can apply; say more in the requirements.' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'office',
      index: true,
      options: roleKinds.map((value) => ({ value, label: kindLabels[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'open',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar', description: 'Closed roles stay readable but take no applications.' },
    },
    {
      name: 'applicationForm',
      type: 'select',
      required: true,
      defaultValue: 'standard',
      options: applicationTracks.map((value) => ({ value, label: value === 'hosting' ? 'Hosting (questions about the home, no CV)' : 'Standard (with CV)' })),
      admin: { position: 'sidebar' },
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: 'Lower comes first.' } },
    seoField,
  ],
}
