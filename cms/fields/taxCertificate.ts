import type { GroupField } from 'payload'
import { financeField } from '../access/donations'

/** What a Belgian tax certificate needs; the national register number is for finance's eyes only. */
export const taxCertificateField: GroupField = {
  name: 'taxCertificate',
  type: 'group',
  access: { read: financeField },
  fields: [
    { name: 'requested', type: 'checkbox', defaultValue: false },
    { name: 'nationalRegisterNumber', type: 'text' },
    { name: 'street', type: 'text' },
    { name: 'postalCode', type: 'text' },
    { name: 'city', type: 'text' },
  ],
}
