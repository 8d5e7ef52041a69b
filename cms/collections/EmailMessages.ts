import type { CollectionConfig } from 'payload'
import { localeNames, locales } from '../../domain/locales'
import { emailCatalog, emailKinds } from '../../emails/catalog'
import { administrators } from '../access/content'
import { emailMessagesSlug, emailStatuses } from '../email/constants'
import { resendEndpoint, sendTestEndpoint } from '../email/endpoints'

/**
 * The outbox: one record per message the site sends, written in the same transaction as
 * the record it belongs to and delivered by the `sendEmail` job. Messages carry personal
 * data (names, addresses), so only administrators see them; nobody edits them by hand.
 */
export const EmailMessages: CollectionConfig = {
  slug: emailMessagesSlug,
  labels: { singular: 'Email message', plural: 'Email messages' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'attempts', 'createdAt'],
    group: 'Settings',
    description: 'Every email the site sends. A message that failed after all its retries can be sent again from its page.',
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
        { name: 'status', type: 'select', required: true, defaultValue: 'queued', index: true, options: [...emailStatuses], admin: { readOnly: true } },
        { name: 'attempts', type: 'number', required: true, defaultValue: 0, min: 0, admin: { readOnly: true } },
        { name: 'sentAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'lastError', type: 'textarea', admin: { readOnly: true, condition: (data) => Boolean(data?.lastError) } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: emailKinds.map((kind) => ({ value: kind, label: emailCatalog[kind].label })),
          admin: { readOnly: true },
        },
        { name: 'locale', type: 'select', required: true, options: locales.map((code) => ({ value: code, label: localeNames[code] })), admin: { readOnly: true } },
      ],
    },
    {
      name: 'to',
      type: 'email',
      admin: { readOnly: true, description: 'Empty for a notice to staff whose address is not set yet: it is looked up again when sent.' },
    },
    { name: 'replyTo', type: 'email', admin: { readOnly: true } },
    { name: 'subject', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'idempotencyKey',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true, description: 'One per event: the same key is never queued or sent twice.' },
    },
    {
      name: 'related',
      type: 'group',
      admin: { description: 'The record this message belongs to.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'collection', type: 'text', admin: { readOnly: true } },
            { name: 'documentId', type: 'text', admin: { readOnly: true } },
          ],
        },
      ],
    },
    // A plain text area: the code editor loads itself from a CDN, which the admin's CSP forbids.
    { name: 'html', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'text', type: 'textarea', required: true, admin: { readOnly: true } },
  ],
}
