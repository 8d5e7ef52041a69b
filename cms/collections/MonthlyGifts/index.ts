import type { CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { euroCentsAdmin } from '../../fields/euroCents'
import { taxCertificateField } from '../../fields/taxCertificate'
import { dayAndTime } from '../../i18n/dates'
import { label, labels, options } from '../../i18n/label'
import { finance } from '../../access/donations'
import { portalEndpoint } from './portalEndpoint'

/** A monthly donor's standing gift (a Stripe subscription); each payment is a Donation. */
export const MonthlyGifts: CollectionConfig = {
  slug: 'monthly-gifts',
  labels: labels('monthlyGifts'),
  admin: { group: label('group.giving'), useAsTitle: 'donorEmail', defaultColumns: ['donorName', 'donorEmail', 'amountCents', 'status', 'startedAt'] },
  access: { read: finance, create: () => false, update: () => false, delete: administrators },
  endpoints: [portalEndpoint],
  fields: [
    {
      name: 'status',
      label: label('field.status'),
      type: 'select',
      required: true,
      defaultValue: 'incomplete',
      index: true,
      options: options('monthlyGifts.status', ['incomplete', 'active', 'past-due', 'cancelled']),
    },
    { name: 'amountCents', label: label('money.amountPerMonth'), type: 'number', min: 0, required: true, admin: euroCentsAdmin },
    { name: 'donorName', label: label('field.donorName'), type: 'text', required: true },
    { name: 'donorEmail', label: label('field.donorEmail'), type: 'email', required: true },
    { name: 'locale', label: label('field.language'), type: 'select', options: options('language', ['nl', 'fr', 'en']), defaultValue: 'nl' },
    { name: 'anonymous', label: label('field.anonymous'), type: 'checkbox', defaultValue: false, admin: { description: label('donations.anonymous.description') } },
    { name: 'newsletter', label: label('field.newsletter'), type: 'checkbox', defaultValue: false },
    taxCertificateField,
    { name: 'startedAt', label: label('monthlyGifts.startedAt'), type: 'date', admin: { date: dayAndTime } },
    { name: 'cancelledAt', label: label('monthlyGifts.cancelledAt'), type: 'date', admin: { date: dayAndTime } },
    { name: 'failedPayments', label: label('monthlyGifts.failedPayments'), type: 'number', defaultValue: 0 },
    {
      name: 'stripe',
      label: label('field.stripe'),
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'checkoutSessionId', label: label('field.stripe.checkoutSessionId'), type: 'text', unique: true, index: true },
        { name: 'subscriptionId', label: label('field.stripe.subscriptionId'), type: 'text', unique: true, index: true },
        { name: 'customerId', label: label('field.stripe.customerId'), type: 'text', index: true },
      ],
    },
  ],
}
