import type { CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { goodsTeam, nobody } from '../../access/goods'
import { locales } from '../../../domain/locales'
import { pledgeStatuses } from '../../../domain/needs'
import { dayAndTime, dayOnly } from '../../i18n/dates'
import { label, labels, options } from '../../i18n/label'
import { exportEndpoint } from './exportEndpoint'
import { pledgeAfterChange, pledgeBeforeChange } from './hooks'
import { pledgeEndpoint } from './pledgeEndpoint'

/**
 * A promise of goods for one need. The goods team marks it received (possibly partly) or
 * cancelled; one not brought in time expires by itself. Each change moves the need's
 * counters (see hooks.ts), so the wishlist always shows what is really still wanted.
 */
export const Pledges: CollectionConfig = {
  slug: 'pledges',
  labels: labels('pledges'),
  admin: {
    group: label('group.goods'),
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'need', 'quantity', 'status', 'quantityReceived', 'name', 'expectedDate', 'expiresAt'],
    listSearchableFields: ['reference', 'name', 'email'],
    components: { beforeList: ['/collections/Pledges/admin/PledgeExport#PledgeExport'] },
  },
  access: { read: goodsTeam, create: goodsTeam, update: goodsTeam, delete: administrators },
  endpoints: [pledgeEndpoint, exportEndpoint],
  defaultSort: '-createdAt',
  hooks: { beforeChange: [pledgeBeforeChange], afterChange: [pledgeAfterChange] },
  fields: [
    { name: 'reference', label: label('field.reference'), type: 'text', unique: true, index: true, admin: { readOnly: true } },
    { name: 'need', label: label('pledges.need'), type: 'relationship', relationTo: 'needs', required: true, index: true, access: { update: nobody } },
    { name: 'quantity', label: label('pledges.quantity'), type: 'number', required: true, min: 1, access: { update: nobody }, admin: { description: label('pledges.quantity.description') } },
    {
      name: 'status',
      label: label('field.status'),
      type: 'select',
      required: true,
      defaultValue: 'pledged',
      index: true,
      options: options('pledges.status', pledgeStatuses),
      admin: {
        position: 'sidebar',
        description: label('pledges.status.description'),
      },
    },
    { name: 'quantityReceived', label: label('field.quantityReceived'), type: 'number', defaultValue: 0, min: 0, admin: { position: 'sidebar', description: label('pledges.quantityReceived.description') } },
    { name: 'expiresAt', label: label('pledges.expiresAt'), type: 'date', index: true, admin: { position: 'sidebar', readOnly: true, date: dayAndTime } },
    {
      type: 'collapsible',
      label: label('pledges.giver'),
      fields: [
        { name: 'name', label: label('field.name'), type: 'text', required: true },
        { name: 'email', label: label('field.email'), type: 'email', required: true, index: true },
        { name: 'phone', label: label('field.phone'), type: 'text' },
        { name: 'expectedDate', label: label('pledges.expectedDate'), type: 'date', admin: { date: dayOnly } },
        { name: 'message', label: label('pledges.message'), type: 'textarea' },
        { name: 'locale', label: label('field.language'), type: 'select', options: options('language', locales), defaultValue: 'nl' },
        { name: 'consentAt', label: label('field.consentAt'), type: 'date', admin: { readOnly: true, date: dayAndTime } },
      ],
    },
    { name: 'notes', label: label('field.notes'), type: 'textarea', admin: { description: label('pledges.notes.description') } },
  ],
}
