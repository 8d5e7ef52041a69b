import type { Field } from 'payload'
import { volunteerCoordinatorsField } from '../../access/volunteers'
import { localeNames, locales } from '../../../domain/locales'
import { applicationStatuses, applicationTracks, closedCentres, experienceAreas, languageLevels, placeLabels, statusLabels } from '../../../domain/volunteering/options'

const readOnly = { readOnly: true }
const localeOptions = locales.map((value) => ({ value, label: localeNames[value] }))

/** A stored file: shown by name with a download link; its random name on disk stays hidden. */
function fileGroup(name: 'cv' | 'motivationFile', label: string): Field {
  return {
    name,
    label,
    type: 'group',
    // Applicants' files: the coordinator's and administrators' alone, whatever reads the record.
    access: { read: volunteerCoordinatorsField },
    admin: { condition: (data) => Boolean(data?.[name]?.storedName) },
    fields: [
      { name: 'download', type: 'ui', admin: { components: { Field: { path: '/collections/VolunteerApplications/admin/FileLink#FileLink', clientProps: { file: name } } } } },
      { name: 'storedName', type: 'text', admin: { hidden: true } },
      { name: 'originalName', type: 'text', admin: readOnly },
      { name: 'mimeType', type: 'text', admin: readOnly },
      { name: 'size', type: 'number', admin: readOnly },
    ],
  }
}

export const applicationFields: Field[] = [
  { name: 'erase', type: 'ui', admin: { components: { Field: '/collections/VolunteerApplications/admin/EraseButton#EraseButton' } } },
  { name: 'reference', type: 'text', unique: true, index: true, admin: { ...readOnly, position: 'sidebar' } },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'new',
    index: true,
    options: applicationStatuses.map((value) => ({ value, label: statusLabels[value] })),
    admin: { position: 'sidebar' },
  },
  {
    name: 'notifyApplicant',
    label: 'Email the applicant about this status change',
    type: 'checkbox',
    defaultValue: true,
    admin: { position: 'sidebar', description: 'Sent for: interview planned, in training, active, declined — in the applicant’s language.' },
  },
  { name: 'decidedAt', type: 'date', admin: { ...readOnly, position: 'sidebar', description: 'When it was declined or withdrawn: the retention period runs from here.' } },
  { name: 'role', type: 'relationship', relationTo: 'volunteer-roles', required: true, index: true },
  { name: 'otherRoles', label: 'Also interested in', type: 'relationship', relationTo: 'volunteer-roles', hasMany: true },
  { name: 'track', type: 'select', required: true, defaultValue: 'standard', options: [...applicationTracks], admin: readOnly },
  {
    type: 'collapsible',
    label: 'Applicant',
    fields: [
      { type: 'row', fields: [{ name: 'name', type: 'text', required: true }, { name: 'email', type: 'email', required: true, index: true }, { name: 'phone', type: 'text' }] },
      {
        type: 'row',
        fields: [
          { name: 'locale', label: 'Language of the form', type: 'select', required: true, defaultValue: 'nl', options: localeOptions },
          { name: 'preferredLanguage', type: 'select', options: localeOptions },
          { name: 'town', label: 'Town or postcode', type: 'text' },
        ],
      },
      { name: 'heardFrom', label: 'How they heard of us', type: 'text' },
    ],
  },
  {
    type: 'collapsible',
    label: 'Profile',
    admin: { condition: (data) => data?.track !== 'hosting' },
    fields: [
      {
        name: 'languages',
        type: 'array',
        fields: [
          { type: 'row', fields: [{ name: 'language', type: 'text', required: true }, { name: 'level', type: 'select', options: [...languageLevels] }] },
        ],
      },
      { name: 'centres', label: 'Preferred centres', type: 'select', hasMany: true, index: true, options: closedCentres.map((value) => ({ value, label: placeLabels[value] })) },
      { type: 'row', fields: [{ name: 'hoursPerWeek', type: 'number', min: 0 }, { name: 'drivingLicence', type: 'checkbox' }] },
      { name: 'experience', label: 'Training or experience', type: 'select', hasMany: true, options: [...experienceAreas] },
      { name: 'experienceDetails', type: 'textarea' },
    ],
  },
  {
    name: 'hosting',
    type: 'group',
    admin: { condition: (data) => data?.track === 'hosting' },
    fields: [
      { name: 'region', type: 'text' },
      { name: 'household', type: 'textarea' },
      { name: 'spareRoom', type: 'select', options: ['yes', 'no'] },
      { name: 'hostingPeriod', label: 'When they could host', type: 'text' },
    ],
  },
  { name: 'motivation', type: 'textarea' },
  fileGroup('cv', 'CV'),
  fileGroup('motivationFile', 'Motivation letter'),
  {
    type: 'collapsible',
    label: 'Consent',
    fields: [
      { type: 'row', fields: [{ name: 'consent', type: 'checkbox', admin: readOnly }, { name: 'consentAt', type: 'date', admin: readOnly }] },
      { name: 'keepForFutureRoles', label: 'May be kept for future roles (one year)', type: 'checkbox', admin: readOnly },
    ],
  },
  { name: 'spamReason', type: 'text', admin: { ...readOnly, condition: (data) => data?.status === 'spam' } },
  { name: 'privateNotes', type: 'textarea', admin: { description: 'Only the volunteer coordinator and administrators see these notes; the applicant never does.' } },
  {
    name: 'statusHistory',
    type: 'array',
    admin: { readOnly: true, initCollapsed: true, description: 'Every status change, with when and by whom.' },
    fields: [
      { type: 'row', fields: [{ name: 'status', type: 'select', options: [...applicationStatuses] }, { name: 'changedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }, { name: 'changedBy', type: 'text' }] },
    ],
  },
]
