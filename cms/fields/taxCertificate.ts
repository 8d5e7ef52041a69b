import type { GroupField } from 'payload'
import { financeField } from '../access/donations'
import { label } from '../i18n/label'

/** What a Belgian tax certificate needs; the national register number is for finance's eyes only. */
export const taxCertificateField: GroupField = {
  name: 'taxCertificate',
  label: label('taxCertificate.label'),
  type: 'group',
  access: { read: financeField },
  fields: [
    { name: 'requested', label: label('taxCertificate.requested'), type: 'checkbox', defaultValue: false },
    { name: 'nationalRegisterNumber', label: label('taxCertificate.nationalRegisterNumber'), type: 'text' },
    { name: 'street', label: label('field.street'), type: 'text' },
    { name: 'postalCode', label: label('field.postalCode'), type: 'text' },
    { name: 'city', label: label('field.city'), type: 'text' },
  ],
}
