import type { CollectionConfig } from 'payload'
import { financeRecords } from '../../access/bankTransfers'
import { euroCentsAdmin } from '../../fields/euroCents'
import { label, labels, options } from '../../i18n/label'
import { instructionsEndpoint, issueEndpoint } from './endpoints'

export const bankTransferReferencesSlug = 'bank-transfer-references'

/**
 * A structured communication issued by the CMS to one donor who chose to give by bank
 * transfer (POST /api/bank-transfer-references). When finance uploads a statement, a
 * transfer carrying it becomes that donor's gift (cms/collections/BankStatements/).
 * Unique by database constraint; written by the endpoint only, read by finance.
 */
export const BankTransferReferences: CollectionConfig = {
  slug: bankTransferReferencesSlug,
  labels: labels('bankTransferReferences'),
  admin: {
    group: label('group.giving'),
    description: label('bankTransferReferences.description'),
    useAsTitle: 'communication',
    defaultColumns: ['communication', 'donorName', 'donorEmail', 'locale', 'taxCertificateRequested', 'createdAt'],
    listSearchableFields: ['communication', 'donorName', 'donorEmail'],
  },
  access: financeRecords,
  endpoints: [issueEndpoint, instructionsEndpoint],
  defaultSort: '-createdAt',
  fields: [
    { name: 'communication', label: label('bankTransferReferences.communication'), type: 'text', required: true, unique: true, index: true },
    { name: 'donorName', label: label('field.donorName'), type: 'text', required: true },
    { name: 'donorEmail', label: label('field.donorEmail'), type: 'email', required: true, index: true },
    { name: 'locale', label: label('field.language'), type: 'select', required: true, options: options('language', ['nl', 'fr', 'en']), defaultValue: 'nl' },
    { name: 'taxCertificateRequested', label: label('bankTransferReferences.taxCertificateRequested'), type: 'checkbox', defaultValue: false },
    // Carried onto the gift the transfer becomes (BankStatements/gifts.ts); the certificate is then in this language.
    { name: 'certificateLanguage', label: label('taxCertificate.certificateLanguage'), type: 'select', options: options('language', ['nl', 'fr']) },
    { name: 'amountCents', label: label('bankTransferReferences.expectedAmount'), type: 'number', min: 1, admin: { ...euroCentsAdmin } },
  ],
}
