import { randomInt } from 'node:crypto'
import type { CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { taxCertificateField } from '../../fields/taxCertificate'
import { finance, noStripeGiftsByHand, stripeCodeOnly, stripeFact } from '../../access/donations'
import { forgetProgress } from '../../payments/progressCache'
import { checkoutEndpoint } from './checkoutEndpoint'
import { exportEndpoint } from './exportEndpoint'
import { progressEndpoint } from './progressEndpoint'

/**
 * One record per gift really made: a one-time online gift (one Checkout Session), one
 * monthly payment (one Stripe invoice), or a gift the bookkeeper records by hand (bank
 * transfer, cash). Stripe's ids are unique, so a re-sent event can never add a second.
 */
export const Donations: CollectionConfig = {
  slug: 'donations',
  labels: { singular: 'Donation', plural: 'Donations' },
  admin: {
    group: 'Giving',
    useAsTitle: 'reference',
    defaultColumns: ['receivedAt', 'amountCents', 'kind', 'status', 'donorName', 'source'],
    listSearchableFields: ['donorName', 'donorEmail', 'reference'],
    components: { beforeList: ['/collections/Donations/admin/DonationTotals#DonationTotals'] },
  },
  // Finance annotates online gifts too; what Stripe reported stays as it is (stripeFact below).
  access: { read: finance, create: finance, update: finance, delete: administrators },
  endpoints: [checkoutEndpoint, progressEndpoint, exportEndpoint],
  defaultSort: '-receivedAt',
  hooks: {
    beforeChange: [
      ({ data, operation }) => {
        if (operation === 'create' && !data.reference) data.reference = newReference()
        return data
      },
    ],
    // A gift recorded or corrected by hand shows in the public total at once.
    afterChange: [() => forgetProgress()],
    afterDelete: [() => forgetProgress()],
  },
  fields: [
    { name: 'reference', type: 'text', unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'offline',
      options: [
        { label: 'Online (Stripe)', value: 'stripe' },
        { label: 'Recorded by hand', value: 'offline' },
      ],
      // Never "Online (Stripe)" by hand; never changed afterwards.
      access: { update: () => false },
      hooks: { beforeValidate: [noStripeGiftsByHand] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'bank-transfer',
      options: [
        { label: 'One-time online', value: 'one-time' },
        { label: 'Monthly payment', value: 'monthly' },
        { label: 'Bank transfer', value: 'bank-transfer' },
        { label: 'Other offline gift', value: 'other' },
      ],
      index: true,
      ...stripeFact,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'paid',
      index: true,
      options: [
        { label: 'Checkout started, not paid', value: 'open' },
        { label: 'Pending (bank debit in progress)', value: 'pending' },
        { label: 'Paid', value: 'paid' },
        { label: 'Failed', value: 'failed' },
        { label: 'Refunded', value: 'refunded' },
      ],
      ...stripeFact,
    },
    { name: 'amountCents', label: 'Amount (cents)', type: 'number', required: true, min: 1, ...stripeFact, admin: { description: 'In euro cents: 2500 is EUR 25.' } },
    { name: 'refundedCents', type: 'number', defaultValue: 0, min: 0, ...stripeFact, admin: { readOnly: true } },
    { name: 'currency', type: 'text', defaultValue: 'eur', ...stripeFact, admin: { readOnly: true } },
    { name: 'receivedAt', type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString(), ...stripeFact, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      type: 'collapsible',
      label: 'Donor',
      fields: [
        { name: 'donorName', type: 'text' },
        { name: 'donorEmail', type: 'email', index: true },
        { name: 'locale', type: 'select', options: ['nl', 'fr', 'en'], defaultValue: 'nl' },
        { name: 'anonymous', type: 'checkbox', defaultValue: false, admin: { description: 'Never shown publicly.' } },
        { name: 'newsletter', type: 'checkbox', defaultValue: false },
        { name: 'tributeKind', type: 'select', options: [{ label: 'In memory of', value: 'memory' }, { label: 'In honour of', value: 'honour' }] },
        { name: 'tributeName', type: 'text' },
      ],
    },
    taxCertificateField,
    { name: 'structuredCommunication', type: 'text', admin: { description: 'For bank transfers: the +++…+++ communication, if any.' } },
    { name: 'notes', type: 'textarea' },
    {
      name: 'stripe',
      type: 'group',
      access: { create: stripeCodeOnly, update: stripeCodeOnly },
      admin: { readOnly: true, condition: (data) => data?.source === 'stripe' },
      fields: [
        { name: 'checkoutSessionId', type: 'text', unique: true, index: true },
        { name: 'invoiceId', type: 'text', unique: true, index: true },
        { name: 'paymentIntentId', type: 'text', index: true },
        { name: 'chargeId', type: 'text', index: true },
        { name: 'customerId', type: 'text' },
        { name: 'subscriptionId', type: 'text', index: true },
      ],
    },
  ],
}

const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A short reference a donor or bookkeeper can read out over the phone. */
function newReference(): string {
  return `D-${Array.from({ length: 8 }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join('')}`
}
