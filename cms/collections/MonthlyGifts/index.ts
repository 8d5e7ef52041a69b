import type { CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { taxCertificateField } from '../../fields/taxCertificate'
import { finance } from '../../access/donations'
import { portalEndpoint } from './portalEndpoint'

/** A monthly donor's standing gift (a Stripe subscription); each payment is a Donation. */
export const MonthlyGifts: CollectionConfig = {
  slug: 'monthly-gifts',
  labels: { singular: 'Monthly gift', plural: 'Monthly gifts' },
  admin: { group: 'Giving', useAsTitle: 'donorEmail', defaultColumns: ['donorName', 'donorEmail', 'amountCents', 'status', 'startedAt'] },
  access: { read: finance, create: () => false, update: () => false, delete: administrators },
  endpoints: [portalEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'incomplete',
      index: true,
      options: [
        { label: 'Checkout started', value: 'incomplete' },
        { label: 'Active', value: 'active' },
        { label: 'Last payment failed', value: 'past-due' },
        { label: 'Stopped', value: 'cancelled' },
      ],
    },
    { name: 'amountCents', label: 'Amount a month (cents)', type: 'number', min: 0, required: true },
    { name: 'donorName', type: 'text', required: true },
    { name: 'donorEmail', type: 'email', required: true },
    { name: 'locale', type: 'select', options: ['nl', 'fr', 'en'], defaultValue: 'nl' },
    { name: 'anonymous', type: 'checkbox', defaultValue: false },
    { name: 'newsletter', type: 'checkbox', defaultValue: false },
    taxCertificateField,
    { name: 'startedAt', type: 'date' },
    { name: 'cancelledAt', type: 'date' },
    { name: 'failedPayments', type: 'number', defaultValue: 0 },
    {
      name: 'stripe',
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'checkoutSessionId', type: 'text', unique: true, index: true },
        { name: 'subscriptionId', type: 'text', unique: true, index: true },
        { name: 'customerId', type: 'text', index: true },
      ],
    },
  ],
}
