import type { CollectionConfig } from 'payload'
import { financeOnly, nobodyByHand } from '../../access/bankTransfers'
import { label, labels, options } from '../../i18n/label'
import { taxCertificateLogActions, taxCertificateLogSlug } from '../../taxCertificates/log'

const sentBelcotax = (data: Record<string, unknown> | undefined) => data?.action === 'sent-belcotax'

/**
 * Who issued, corrected or downloaded tax certificates, or recorded a Belcotax file as sent,
 * and when (cms/taxCertificates/log.ts). Written by the CMS alone; finance and administrators read it; nobody edits or deletes a line.
 */
export const TaxCertificateLog: CollectionConfig = {
  slug: taxCertificateLogSlug,
  labels: labels('taxCertificateLog'),
  admin: {
    group: label('group.giving'),
    description: label('taxCertificateLog.description'),
    defaultColumns: ['createdAt', 'user', 'action', 'year', 'certificate', 'detail'],
  },
  access: { read: financeOnly, create: nobodyByHand, update: nobodyByHand, delete: nobodyByHand },
  lockDocuments: false,
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', label: label('taxCertificateLog.action'), type: 'select', required: true, index: true, options: options('taxCertificateLog.action', taxCertificateLogActions), admin: { readOnly: true } },
    { name: 'year', label: label('taxCertificates.year'), type: 'number', required: true, index: true, admin: { readOnly: true } },
    { name: 'certificate', label: label('taxCertificateLog.certificate'), type: 'relationship', relationTo: 'tax-certificates', admin: { readOnly: true } },
    { name: 'user', label: label('taxCertificates.history.by'), type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'detail', label: label('taxCertificateLog.detail'), type: 'text', admin: { readOnly: true } },
    // A Belcotax file recorded as sent: which file, how many certificates, and the fingerprint of the exact bytes.
    { name: 'filePart', label: label('taxCertificateLog.filePart'), type: 'select', options: options('taxCertificateLog.filePart', ['originals', 'corrections']), admin: { readOnly: true, condition: sentBelcotax } },
    { name: 'certificateCount', label: label('taxCertificateLog.certificateCount'), type: 'number', admin: { readOnly: true, condition: sentBelcotax } },
    { name: 'sha256', label: label('taxCertificateLog.sha256'), type: 'text', admin: { readOnly: true, condition: sentBelcotax } },
  ],
}
