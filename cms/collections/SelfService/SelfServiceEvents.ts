import type { CollectionConfig } from 'payload'
import { selfServiceLogReaders } from '../../access/selfService'
import { hasRole } from '../../access/roles'
import { label, labels, options } from '../../i18n/label'
import { personKinds, selfServiceActions, subjectCollections } from '../../selfService/kinds'

const nobody = () => false

/**
 * What people did through their personal link: who (the kind of person and their record's
 * id), what, and when; never the personal data itself, so the log outlives an erasure
 * without keeping what was erased. Written by the CMS alone; administrators read it.
 */
export const SelfServiceEvents: CollectionConfig = {
  slug: 'self-service-events',
  labels: labels('selfServiceEvents'),
  admin: {
    group: label('group.settings'),
    defaultColumns: ['createdAt', 'personKind', 'action', 'subjectCollection', 'subjectId'],
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'administrator'),
    description: label('selfServiceEvents.description'),
  },
  access: { read: selfServiceLogReaders, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  defaultSort: '-createdAt',
  fields: [
    { name: 'personKind', label: label('selfServiceEvents.personKind'), type: 'select', required: true, index: true, options: options('selfServiceEvents.personKind', personKinds), admin: { readOnly: true } },
    { name: 'action', label: label('selfServiceEvents.action'), type: 'select', required: true, index: true, options: options('selfServiceEvents.action', selfServiceActions), admin: { readOnly: true } },
    { name: 'subjectCollection', label: label('selfServiceEvents.subjectCollection'), type: 'select', required: true, options: [...subjectCollections], admin: { readOnly: true } },
    { name: 'subjectId', label: label('selfServiceEvents.subjectId'), type: 'text', required: true, index: true, admin: { readOnly: true } },
  ],
}
