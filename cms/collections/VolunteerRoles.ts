import type { CollectionConfig } from 'payload'
import { publishedOrVolunteerRoleEditor, volunteerRoleEditors } from '../access/volunteers'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { applicationTracks, roleKinds, roleLanguages, rolePlaces } from '../../domain/volunteering/options'
import { label, labels, options } from '../i18n/label'

/**
 * A way to volunteer, as a candidate reads it: what the role asks, where, how much time,
 * in which languages. Public once published; the communication officer edits them.
 */
export const VolunteerRoles: CollectionConfig = {
  slug: 'volunteer-roles',
  labels: labels('volunteerRoles'),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'open', 'order', '_status'], group: label('group.volunteering') },
  access: { read: publishedOrVolunteerRoleEditor, readVersions: volunteerRoleEditors, create: volunteerRoleEditors, update: volunteerRoleEditors, delete: volunteerRoleEditors },
  hooks: rebuildSiteHooks,
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'order',
  fields: [
    { name: 'title', label: label('field.title'), type: 'text', localized: true, required: true },
    slugField(),
    { name: 'summary', label: label('field.summary'), type: 'textarea', localized: true, required: true, admin: { description: label('volunteerRoles.summary.description') } },
    { name: 'description', label: label('field.description'), type: 'richText', localized: true, admin: { description: label('volunteerRoles.description.description') } },
    { name: 'duties', label: label('volunteerRoles.duties'), type: 'richText', localized: true, required: true },
    { name: 'requirements', label: label('volunteerRoles.requirements'), type: 'richText', localized: true },
    {
      name: 'commitment',
      label: label('volunteerRoles.commitment'),
      type: 'group',
      fields: [
        { name: 'hoursPerWeek', label: label('field.hoursPerWeek'), type: 'number', min: 0, admin: { description: label('volunteerRoles.hoursPerWeek.description') } },
        { name: 'minimumPeriod', label: label('volunteerRoles.minimumPeriod'), type: 'text', localized: true, admin: { description: label('volunteerRoles.minimumPeriod.description') } },
        { name: 'details', label: label('volunteerRoles.details'), type: 'richText', localized: true },
      ],
    },
    {
      name: 'places',
      label: label('volunteerRoles.places'),
      type: 'select',
      hasMany: true,
      required: true,
      options: options('place', rolePlaces),
    },
    {
      name: 'languages',
      label: label('volunteerRoles.languages'),
      type: 'select',
      hasMany: true,
      options: options('language', roleLanguages),
      admin: { description: label('volunteerRoles.languages.description') },
    },
    {
      name: 'kind',
      label: label('volunteerRoles.kind'),
      type: 'select',
      required: true,
      defaultValue: 'office',
      index: true,
      options: options('roleKind', roleKinds),
      admin: { position: 'sidebar' },
    },
    {
      name: 'open',
      label: label('volunteerRoles.open'),
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar', description: label('volunteerRoles.open.description') },
    },
    {
      name: 'applicationForm',
      label: label('volunteerRoles.applicationForm'),
      type: 'select',
      required: true,
      defaultValue: 'standard',
      options: options('volunteerRoles.applicationForm', applicationTracks),
      admin: { position: 'sidebar' },
    },
    { name: 'order', label: label('field.order'), type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: label('field.order.description') } },
    seoField,
  ],
}
