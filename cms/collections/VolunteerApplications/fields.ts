import type { Field } from 'payload'
import { volunteerCoordinatorsField } from '../../access/volunteers'
import { locales } from '../../../domain/locales'
import { applicationStatuses, applicationTracks, closedCentres, experienceAreas, languageLevels } from '../../../domain/volunteering/options'
import { dayAndTime } from '../../i18n/dates'
import { label, labels, options, type Translated } from '../../i18n/label'

const readOnly = { readOnly: true }
const localeOptions = options('language', locales)

/** A stored file: shown by name with a download link; its random name on disk stays hidden. */
function fileGroup(name: 'cv' | 'motivationFile', groupLabel: Translated): Field {
  return {
    name,
    label: groupLabel,
    type: 'group',
    // Applicants' files: the coordinator's and administrators' alone, whatever reads the record.
    access: { read: volunteerCoordinatorsField },
    admin: { condition: (data) => Boolean(data?.[name]?.storedName) },
    fields: [
      { name: 'download', type: 'ui', admin: { components: { Field: { path: '/collections/VolunteerApplications/admin/FileLink#FileLink', clientProps: { file: name } } } } },
      { name: 'storedName', type: 'text', admin: { hidden: true } },
      { name: 'originalName', label: label('applications.originalName'), type: 'text', admin: readOnly },
      { name: 'mimeType', label: label('applications.mimeType'), type: 'text', admin: readOnly },
      { name: 'size', label: label('applications.size'), type: 'number', admin: readOnly },
    ],
  }
}

export const applicationFields: Field[] = [
  { name: 'erase', type: 'ui', admin: { components: { Field: '/collections/VolunteerApplications/admin/EraseButton#EraseButton' } } },
  { name: 'reference', label: label('field.reference'), type: 'text', unique: true, index: true, admin: { ...readOnly, position: 'sidebar' } },
  {
    name: 'status',
    label: label('field.status'),
    type: 'select',
    required: true,
    defaultValue: 'new',
    index: true,
    options: options('applicationStatus', applicationStatuses),
    admin: { position: 'sidebar' },
  },
  {
    name: 'notifyApplicant',
    label: label('applications.notifyApplicant'),
    type: 'checkbox',
    defaultValue: true,
    admin: { position: 'sidebar', description: label('applications.notifyApplicant.description') },
  },
  { name: 'decidedAt', label: label('applications.decidedAt'), type: 'date', admin: { ...readOnly, position: 'sidebar', date: dayAndTime, description: label('applications.decidedAt.description') } },
  { name: 'role', label: label('applications.role'), type: 'relationship', relationTo: 'volunteer-roles', required: true, index: true },
  { name: 'otherRoles', label: label('applications.otherRoles'), type: 'relationship', relationTo: 'volunteer-roles', hasMany: true },
  { name: 'track', label: label('applications.track'), type: 'select', required: true, defaultValue: 'standard', options: options('applicationTrack', applicationTracks), admin: readOnly },
  {
    type: 'collapsible',
    label: label('applications.applicant'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', label: label('field.name'), type: 'text', required: true },
          { name: 'email', label: label('field.email'), type: 'email', required: true, index: true },
          { name: 'phone', label: label('field.phone'), type: 'text' },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'locale', label: label('applications.locale'), type: 'select', required: true, defaultValue: 'nl', options: localeOptions },
          { name: 'preferredLanguage', label: label('applications.preferredLanguage'), type: 'select', options: localeOptions },
          { name: 'town', label: label('applications.town'), type: 'text' },
        ],
      },
      { name: 'heardFrom', label: label('applications.heardFrom'), type: 'text' },
    ],
  },
  {
    type: 'collapsible',
    label: label('applications.profile'),
    admin: { condition: (data) => data?.track !== 'hosting' },
    fields: [
      {
        name: 'languages',
        label: label('applications.languages'),
        labels: labels('applications.languages'),
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'language', label: label('applications.language'), type: 'text', required: true },
              { name: 'level', label: label('applications.level'), type: 'select', options: options('languageLevel', languageLevels) },
            ],
          },
        ],
      },
      { name: 'centres', label: label('applications.centres'), type: 'select', hasMany: true, index: true, options: options('place', closedCentres) },
      {
        type: 'row',
        fields: [
          { name: 'hoursPerWeek', label: label('field.hoursPerWeek'), type: 'number', min: 0 },
          { name: 'drivingLicence', label: label('applications.drivingLicence'), type: 'checkbox' },
        ],
      },
      { name: 'experience', label: label('applications.experience'), type: 'select', hasMany: true, options: options('experience', experienceAreas) },
      { name: 'experienceDetails', label: label('applications.experienceDetails'), type: 'textarea' },
    ],
  },
  {
    name: 'hosting',
    label: label('applications.hosting'),
    type: 'group',
    admin: { condition: (data) => data?.track === 'hosting' },
    fields: [
      { name: 'region', label: label('applications.region'), type: 'text' },
      { name: 'household', label: label('applications.household'), type: 'textarea' },
      { name: 'spareRoom', label: label('applications.spareRoom'), type: 'select', options: options('answer', ['yes', 'no']) },
      { name: 'hostingPeriod', label: label('applications.hostingPeriod'), type: 'text' },
    ],
  },
  { name: 'motivation', label: label('applications.motivation'), type: 'textarea' },
  fileGroup('cv', label('applications.cv')),
  fileGroup('motivationFile', label('applications.motivationFile')),
  {
    type: 'collapsible',
    label: label('applications.consentGroup'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'consent', label: label('applications.consent'), type: 'checkbox', admin: readOnly },
          { name: 'consentAt', label: label('field.consentAt'), type: 'date', admin: { ...readOnly, date: dayAndTime } },
        ],
      },
      { name: 'keepForFutureRoles', label: label('applications.keepForFutureRoles'), type: 'checkbox', admin: readOnly },
    ],
  },
  { name: 'spamReason', label: label('applications.spamReason'), type: 'text', admin: { ...readOnly, condition: (data) => data?.status === 'spam' } },
  {
    // A mark of its own rather than a spam reason: such an application is not spam, and is handled like any other.
    name: 'sentWithoutScript',
    label: label('applications.sentWithoutScript'),
    type: 'checkbox',
    defaultValue: false,
    admin: {
      ...readOnly,
      position: 'sidebar',
      condition: (data) => Boolean(data?.sentWithoutScript),
      description: label('applications.sentWithoutScript.description'),
    },
  },
  { name: 'privateNotes', label: label('applications.privateNotes'), type: 'textarea', admin: { description: label('applications.privateNotes.description') } },
  {
    name: 'statusHistory',
    label: label('applications.statusHistory'),
    labels: labels('applications.statusHistory'),
    type: 'array',
    admin: { readOnly: true, initCollapsed: true, description: label('applications.statusHistory.description') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'status', label: label('field.status'), type: 'select', options: options('applicationStatus', applicationStatuses) },
          { name: 'changedAt', label: label('applications.changedAt'), type: 'date', admin: { date: dayAndTime } },
          { name: 'changedBy', label: label('applications.changedBy'), type: 'text' },
        ],
      },
    ],
  },
]
