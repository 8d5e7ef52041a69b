import type { CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { goodsTeam, nobody } from '../../access/goods'
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
  labels: { singular: 'Pledge', plural: 'Pledges' },
  admin: {
    group: 'Goods',
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
    { name: 'reference', type: 'text', unique: true, index: true, admin: { readOnly: true } },
    { name: 'need', type: 'relationship', relationTo: 'needs', required: true, index: true, access: { update: nobody } },
    { name: 'quantity', type: 'number', required: true, min: 1, access: { update: nobody }, admin: { description: 'As pledged; fixed once saved.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pledged',
      index: true,
      options: [
        { label: 'Pledged (expected)', value: 'pledged' },
        { label: 'Partly received (rest expected)', value: 'partly-received' },
        { label: 'Received', value: 'received' },
        { label: 'Cancelled', value: 'cancelled' },
        { label: 'Expired', value: 'expired' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Choose "Received" alone when everything arrived. Enter a number below alone when part arrived (the rest stays expected), or with "Received" to close the pledge at that number.',
      },
    },
    { name: 'quantityReceived', type: 'number', defaultValue: 0, min: 0, admin: { position: 'sidebar', description: 'How many have arrived so far.' } },
    { name: 'expiresAt', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      type: 'collapsible',
      label: 'Giver',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'email', type: 'email', required: true, index: true },
        { name: 'phone', type: 'text' },
        { name: 'expectedDate', label: 'Expects to bring it on', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'message', type: 'textarea' },
        { name: 'locale', type: 'select', options: ['nl', 'fr', 'en'], defaultValue: 'nl' },
        { name: 'consentAt', label: 'Consent given at', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'notes', type: 'textarea', admin: { description: 'For the goods team.' } },
  ],
}
