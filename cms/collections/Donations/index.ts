import { randomInt } from 'node:crypto'
import type { CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { euroCentsAdmin } from '../../fields/euroCents'
import { taxCertificateField } from '../../fields/taxCertificate'
import { dayAndTime } from '../../i18n/dates'
import { label, labels, options } from '../../i18n/label'
import { finance, noStripeGiftsByHand, stripeCodeOnly, stripeFact } from '../../access/donations'
import { writtenByCodeOnly } from '../../access/bankTransfers'
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
  labels: labels('donations'),
  admin: {
    group: label('group.giving'),
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
    { name: 'reference', label: label('field.reference'), type: 'text', unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'source',
      label: label('donations.source'),
      type: 'select',
      required: true,
      defaultValue: 'offline',
      options: options('donations.source', ['stripe', 'offline']),
      // Never "Online (Stripe)" by hand; never changed afterwards.
      access: { update: () => false },
      hooks: { beforeValidate: [noStripeGiftsByHand] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      label: label('donations.kind'),
      type: 'select',
      required: true,
      defaultValue: 'bank-transfer',
      options: options('donations.kind', ['one-time', 'monthly', 'bank-transfer', 'other']),
      index: true,
      ...stripeFact,
    },
    {
      name: 'status',
      label: label('field.status'),
      type: 'select',
      required: true,
      defaultValue: 'paid',
      index: true,
      options: options('donations.status', ['open', 'pending', 'paid', 'failed', 'refunded']),
      ...stripeFact,
    },
    { name: 'amountCents', label: label('money.amount'), type: 'number', required: true, min: 1, ...stripeFact, admin: { ...euroCentsAdmin, description: label('donations.amount.description') } },
    { name: 'refundedCents', label: label('money.refunded'), type: 'number', defaultValue: 0, min: 0, ...stripeFact, admin: { ...euroCentsAdmin, readOnly: true } },
    { name: 'currency', label: label('money.currency'), type: 'text', defaultValue: 'eur', ...stripeFact, admin: { readOnly: true } },
    { name: 'receivedAt', label: label('donations.receivedAt'), type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString(), ...stripeFact, admin: { date: dayAndTime } },
    {
      type: 'collapsible',
      label: label('donations.donor'),
      fields: [
        { name: 'donorName', label: label('field.donorName'), type: 'text' },
        { name: 'donorEmail', label: label('field.donorEmail'), type: 'email', index: true },
        { name: 'locale', label: label('field.language'), type: 'select', options: options('language', ['nl', 'fr', 'en']), defaultValue: 'nl' },
        { name: 'anonymous', label: label('field.anonymous'), type: 'checkbox', defaultValue: false, admin: { description: label('donations.anonymous.description') } },
        { name: 'newsletter', label: label('field.newsletter'), type: 'checkbox', defaultValue: false },
        { name: 'tributeKind', label: label('donations.tributeKind'), type: 'select', options: options('donations.tributeKind', ['memory', 'honour']) },
        { name: 'tributeName', label: label('donations.tributeName'), type: 'text' },
      ],
    },
    taxCertificateField,
    { name: 'structuredCommunication', label: label('donations.structuredCommunication'), type: 'text', admin: { description: label('donations.structuredCommunication.description') } },
    // A bank transfer matched from an uploaded statement (cms/collections/BankStatements/): written by that code only.
    // One gift per statement line, by a unique index: a statement uploaded twice, or two uploads at once, record it once.
    {
      type: 'row',
      admin: { condition: (data) => Boolean(data?.bankStatementLine || data?.bankTransferReference) },
      fields: [
        { name: 'bankTransferReference', label: label('donations.bankTransferReference'), type: 'relationship', relationTo: 'bank-transfer-references', index: true, access: { create: writtenByCodeOnly, update: writtenByCodeOnly }, admin: { readOnly: true, width: '50%' } },
        { name: 'bankStatementLine', label: label('donations.bankStatementLine'), type: 'relationship', relationTo: 'bank-statement-lines', unique: true, index: true, access: { create: writtenByCodeOnly, update: writtenByCodeOnly }, admin: { readOnly: true, width: '50%' } },
      ],
    },
    { name: 'notes', label: label('field.notes'), type: 'textarea' },
    {
      name: 'stripe',
      label: label('field.stripe'),
      type: 'group',
      access: { create: stripeCodeOnly, update: stripeCodeOnly },
      admin: { readOnly: true, condition: (data) => data?.source === 'stripe' },
      fields: [
        { name: 'checkoutSessionId', label: label('field.stripe.checkoutSessionId'), type: 'text', unique: true, index: true },
        { name: 'invoiceId', label: label('field.stripe.invoiceId'), type: 'text', unique: true, index: true },
        { name: 'paymentIntentId', label: label('field.stripe.paymentIntentId'), type: 'text', index: true },
        { name: 'chargeId', label: label('field.stripe.chargeId'), type: 'text', index: true },
        { name: 'customerId', label: label('field.stripe.customerId'), type: 'text' },
        { name: 'subscriptionId', label: label('field.stripe.subscriptionId'), type: 'text', index: true },
      ],
    },
  ],
}

const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A short reference a donor or bookkeeper can read out over the phone. */
function newReference(): string {
  return `D-${Array.from({ length: 8 }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join('')}`
}
