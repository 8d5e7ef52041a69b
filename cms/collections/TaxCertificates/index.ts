import type { CollectionConfig } from 'payload'
import { financeOnly, nobodyByHand } from '../../access/bankTransfers'
import { euroCentsAdmin } from '../../fields/euroCents'
import { encryptedNationalRegisterNumberField } from '../../fields/encryptedNationalRegisterNumber'
import { dayAndTime } from '../../i18n/dates'
import { label, labels, options } from '../../i18n/label'
import { taxCertificateEndpoints } from '../../taxCertificates/endpoints'
import { taxCertificatesSlug } from '../../taxCertificates/issue'

export { taxCertificatesSlug } from '../../taxCertificates/issue'

/**
 * One tax certificate (attest 281.71) per donor per income year, as issued: its number
 * (unique per year, gap-free, the same on the PDF and in the Belcotax file), the donor as
 * printed and the amount. Written only by the issue action (cms/taxCertificates/issue.ts);
 * a correction or cancellation changes the row and appends to its history, never silently.
 * Finance and administrators only; nobody creates, edits or deletes one by hand.
 */
export const TaxCertificates: CollectionConfig = {
  slug: taxCertificatesSlug,
  labels: labels('taxCertificates'),
  admin: {
    group: label('group.giving'),
    description: label('taxCertificates.description'),
    useAsTitle: 'title',
    defaultColumns: ['year', 'number', 'familyName', 'firstNames', 'amountCents', 'status', 'treatment', 'emailedAt'],
    components: { beforeList: ['/collections/TaxCertificates/admin/TaxCertificatesPanel#TaxCertificatesPanel'] },
  },
  access: { read: financeOnly, create: nobodyByHand, update: nobodyByHand, delete: nobodyByHand },
  endpoints: taxCertificateEndpoints,
  defaultSort: ['-year', 'number'],
  // Two issues at once can never give one number twice.
  indexes: [{ fields: ['year', 'number'], unique: true }],
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    { name: 'year', label: label('taxCertificates.year'), type: 'number', required: true, index: true },
    { name: 'number', label: label('taxCertificates.number'), type: 'number', required: true },
    { name: 'status', label: label('field.status'), type: 'select', required: true, defaultValue: 'issued', options: options('taxCertificates.status', ['issued', 'corrected', 'cancelled']) },
    /** Belcotax f2028_typetraitement of the certificate as it now stands. */
    { name: 'treatment', label: label('taxCertificates.treatment'), type: 'select', required: true, defaultValue: 'original', options: options('taxCertificates.treatment', ['original', 'modification', 'addition', 'cancellation']) },
    { name: 'amountCents', label: label('money.amount'), type: 'number', required: true, admin: euroCentsAdmin },
    { name: 'donorKey', label: label('taxCertificates.donorKey'), type: 'text', required: true, index: true },
    { name: 'firstNames', label: label('taxCertificates.firstNames'), type: 'text' },
    { name: 'familyName', label: label('taxCertificates.familyName'), type: 'text', required: true },
    { name: 'email', label: label('field.email'), type: 'email', required: true, index: true },
    /** Every address the donor's counted gifts were made with (the self-service page finds the donor by any). */
    { name: 'emails', type: 'json', admin: { hidden: true } },
    { name: 'locale', label: label('field.language'), type: 'select', options: options('language', ['nl', 'fr', 'en']), defaultValue: 'nl' },
    /** The PDF's language, Dutch or French as the donor chose (the emails stay in `locale`); changed by the donor on their page, not a correction. */
    { name: 'language', label: label('taxCertificate.certificateLanguage'), type: 'select', options: options('language', ['nl', 'fr']) },
    encryptedNationalRegisterNumberField,
    { name: 'street', label: label('field.street'), type: 'text' },
    { name: 'postalCode', label: label('field.postalCode'), type: 'text' },
    { name: 'city', label: label('field.city'), type: 'text' },
    { name: 'country', label: label('field.country'), type: 'text', defaultValue: 'BE' },
    { name: 'giftIds', type: 'json', admin: { hidden: true } },
    /** Bumped by every correction or cancellation: the email goes once per version. */
    { name: 'version', label: label('taxCertificates.version'), type: 'number', defaultValue: 1, admin: { readOnly: true } },
    { name: 'emailedVersion', type: 'number', defaultValue: 0, admin: { hidden: true } },
    { name: 'emailedAt', label: label('taxCertificates.emailedAt'), type: 'date', admin: { readOnly: true, date: dayAndTime } },
    {
      name: 'history',
      label: label('taxCertificates.history'),
      labels: { singular: label('taxCertificates.history.entry'), plural: label('taxCertificates.history') },
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'at', label: label('taxCertificates.history.at'), type: 'date', required: true, admin: { date: dayAndTime } },
        { name: 'by', label: label('taxCertificates.history.by'), type: 'relationship', relationTo: 'users' },
        { name: 'action', label: label('taxCertificates.history.action'), type: 'select', required: true, options: options('taxCertificates.history.action', ['issued', 'added', 'corrected', 'cancelled']) },
        { name: 'amountCents', label: label('money.amount'), type: 'number', admin: euroCentsAdmin },
        { name: 'previousAmountCents', label: label('taxCertificates.history.previousAmount'), type: 'number', admin: euroCentsAdmin },
        { name: 'reasons', label: label('taxCertificates.history.reasons'), type: 'text' },
      ],
    },
  ],
}
