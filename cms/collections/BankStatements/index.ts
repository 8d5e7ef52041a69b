import type { CollectionConfig } from 'payload'
import { financeRecords } from '../../access/bankTransfers'
import { euroCentsAdmin } from '../../fields/euroCents'
import { dayAndTime, dayOnly } from '../../i18n/dates'
import { label, labels, options } from '../../i18n/label'
import { assignEndpoint, ignoreEndpoint, uploadEndpoint } from './endpoints'
import { lineStatuses } from './lineStatus'

export const bankStatementsSlug = 'bank-statements'
export const bankStatementLinesSlug = 'bank-statement-lines'

/**
 * One uploaded statement file (CODA or CAMT.053) and what became of it. Made only by
 * POST /api/bank-statements/upload; read by finance and administrators only.
 */
export const BankStatements: CollectionConfig = {
  slug: bankStatementsSlug,
  labels: labels('bankStatements'),
  admin: {
    group: label('group.giving'),
    description: label('bankStatements.description'),
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'format', 'credits', 'recorded', 'toReview', 'alreadyKnown', 'uploadedBy', 'createdAt'],
    components: { beforeList: ['/collections/BankStatements/admin/StatementUpload#StatementUpload'] },
  },
  access: financeRecords,
  endpoints: [uploadEndpoint],
  defaultSort: '-createdAt',
  fields: [
    { name: 'filename', label: label('bankStatements.filename'), type: 'text', required: true },
    { name: 'format', label: label('bankStatements.format'), type: 'select', required: true, options: options('bankStatements.format', ['coda', 'camt053']) },
    /** Account, date and number of each statement in the file, one a line. */
    { name: 'statements', label: label('bankStatements.statements'), type: 'textarea' },
    { name: 'uploadedBy', label: label('bankStatements.uploadedBy'), type: 'relationship', relationTo: 'users' },
    { name: 'credits', label: label('bankStatements.credits'), type: 'number', defaultValue: 0 },
    { name: 'recorded', label: label('bankStatements.recorded'), type: 'number', defaultValue: 0 },
    { name: 'toReview', label: label('bankStatements.toReview'), type: 'number', defaultValue: 0 },
    { name: 'alreadyKnown', label: label('bankStatements.alreadyKnown'), type: 'number', defaultValue: 0 },
    { name: 'warnings', label: label('bankStatements.warnings'), type: 'textarea' },
  ],
}

/**
 * One incoming transfer read from a statement, stored once: its key (account, statement,
 * movement) is unique in the database, so however often, and however concurrently, a
 * statement is uploaded, a transfer is recorded (and becomes a gift) only once. Those
 * without a known structured communication wait for finance to assign or ignore them
 * (POST /api/bank-statement-lines/:id/assign or /ignore), who and when kept on the line.
 */
export const BankStatementLines: CollectionConfig = {
  slug: bankStatementLinesSlug,
  labels: labels('bankStatementLines'),
  admin: {
    group: label('group.giving'),
    description: label('bankStatementLines.description'),
    useAsTitle: 'communication',
    defaultColumns: ['bookingDate', 'amountCents', 'status', 'communication', 'counterpartyName', 'donation'],
    listSearchableFields: ['communication', 'counterpartyName', 'counterpartyIban'],
  },
  access: financeRecords,
  endpoints: [assignEndpoint, ignoreEndpoint],
  defaultSort: '-bookingDate',
  fields: [
    { name: 'actions', type: 'ui', admin: { condition: (data) => data?.status === 'to-review', components: { Field: '/collections/BankStatements/admin/LineActions#LineActions' } } },
    { name: 'lineKey', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'status', label: label('bankStatementLines.status'), type: 'select', required: true, index: true, options: options('bankStatementLines.status', lineStatuses), admin: { position: 'sidebar' } },
    { name: 'statement', label: label('bankStatementLines.statement'), type: 'relationship', relationTo: bankStatementsSlug, index: true },
    { name: 'account', label: label('bankStatementLines.account'), type: 'text' },
    { name: 'bookingDate', label: label('bankStatementLines.bookingDate'), type: 'date', required: true, index: true, admin: { date: dayOnly } },
    { name: 'amountCents', label: label('money.amount'), type: 'number', required: true, admin: { ...euroCentsAdmin } },
    { name: 'communication', label: label('bankStatementLines.communication'), type: 'text', index: true },
    { name: 'counterpartyName', label: label('bankStatementLines.counterpartyName'), type: 'text' },
    { name: 'counterpartyIban', label: label('bankStatementLines.counterpartyIban'), type: 'text' },
    { name: 'bankReference', label: label('bankStatementLines.bankReference'), type: 'text' },
    { name: 'reference', label: label('bankStatementLines.reference'), type: 'relationship', relationTo: 'bank-transfer-references' },
    { name: 'donation', label: label('bankStatementLines.donation'), type: 'relationship', relationTo: 'donations' },
    { name: 'handledBy', label: label('bankStatementLines.handledBy'), type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
    { name: 'handledAt', label: label('bankStatementLines.handledAt'), type: 'date', admin: { position: 'sidebar', date: dayAndTime } },
    { name: 'note', label: label('bankStatementLines.note'), type: 'text' },
  ],
}
