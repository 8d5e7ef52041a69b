import type { GroupField } from 'payload'
import { financeField } from '../access/donations'
import { label, options } from '../i18n/label'
import { encryptedNationalRegisterNumberField } from './encryptedNationalRegisterNumber'

/** What a Belgian tax certificate needs; the national register number is for finance's eyes only, and stored encrypted. */
export const taxCertificateField: GroupField = {
  name: 'taxCertificate',
  label: label('taxCertificate.label'),
  type: 'group',
  access: { read: financeField },
  fields: [
    { name: 'requested', label: label('taxCertificate.requested'), type: 'checkbox', defaultValue: false },
    encryptedNationalRegisterNumberField,
    { name: 'street', label: label('field.street'), type: 'text' },
    { name: 'postalCode', label: label('field.postalCode'), type: 'text' },
    { name: 'city', label: label('field.city'), type: 'text' },
    // Dutch or French, as the donor chose on the donate page or their own page; empty on a gift recorded by hand.
    { name: 'certificateLanguage', label: label('taxCertificate.certificateLanguage'), type: 'select', options: options('language', ['nl', 'fr']) },
  ],
}
