import type { CollectionConfig } from 'payload'
import { locales } from '../../domain/locales'
import { emailKinds } from '../../emails/catalog'
import { administrators } from '../access/content'
import { emailMessagesSlug, emailStatuses } from '../email/constants'
import { resendEndpoint, sendTestEndpoint } from '../email/endpoints'
import { dayAndTime } from '../i18n/dates'
import { label, labels, options } from '../i18n/label'

/**
 * The outbox: one record per message the site sends, written in the same transaction as
 * the record it belongs to and delivered by the `sendEmail` job. Messages carry personal
 * data (names, addresses), so only administrators see them; nobody edits them by hand.
 */
export const EmailMessages: CollectionConfig = {
  slug: emailMessagesSlug,
  labels: labels('emailMessages'),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'attempts', 'createdAt'],
    group: label('group.settings'),
    description: label('emailMessages.description'),
    components: { beforeList: ['/email/admin/SendTestEmail#SendTestEmail'] },
  },
  access: {
    read: administrators,
    create: () => false,
    update: () => false,
    delete: administrators,
  },
  endpoints: [resendEndpoint, sendTestEndpoint],
  // Nobody edits a message, and the worker's status updates must not wait on an editor's lock.
  lockDocuments: false,
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'resend',
      type: 'ui',
      admin: { components: { Field: '/email/admin/ResendButton#ResendButton' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'status', label: label('field.status'), type: 'select', required: true, defaultValue: 'queued', index: true, options: options('emailMessages.status', emailStatuses), admin: { readOnly: true } },
        { name: 'attempts', label: label('emailMessages.attempts'), type: 'number', required: true, defaultValue: 0, min: 0, admin: { readOnly: true } },
        { name: 'sentAt', label: label('emailMessages.sentAt'), type: 'date', admin: { readOnly: true, date: dayAndTime } },
      ],
    },
    { name: 'lastError', label: label('emailMessages.lastError'), type: 'textarea', admin: { readOnly: true, condition: (data) => Boolean(data?.lastError) } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: label('emailMessages.kind'),
          type: 'select',
          required: true,
          options: options('emailKind', emailKinds),
          admin: { readOnly: true },
        },
        { name: 'locale', label: label('field.language'), type: 'select', required: true, options: options('language', locales), admin: { readOnly: true } },
      ],
    },
    {
      name: 'to',
      label: label('emailMessages.to'),
      type: 'email',
      admin: { readOnly: true, description: label('emailMessages.to.description') },
    },
    { name: 'replyTo', label: label('emailMessages.replyTo'), type: 'email', admin: { readOnly: true } },
    { name: 'subject', label: label('emailMessages.subject'), type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'idempotencyKey',
      label: label('emailMessages.idempotencyKey'),
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true, description: label('emailMessages.idempotencyKey.description') },
    },
    {
      name: 'related',
      label: label('emailMessages.related'),
      type: 'group',
      admin: { description: label('emailMessages.related.description') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'collection', label: label('emailMessages.related.collection'), type: 'text', admin: { readOnly: true } },
            { name: 'documentId', label: label('emailMessages.related.documentId'), type: 'text', admin: { readOnly: true } },
          ],
        },
      ],
    },
    // A plain text area: the code editor loads itself from a CDN, which the admin's CSP forbids.
    { name: 'html', label: label('emailMessages.html'), type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'text', label: label('emailMessages.text'), type: 'textarea', required: true, admin: { readOnly: true } },
  ],
}
