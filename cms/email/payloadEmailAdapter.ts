import type { EmailAdapter } from 'payload'
import { transport } from './transport'

/**
 * Payload's own email (password resets from the admin) through the same SMTP_URL as the
 * site's messages. Those are staff messages in English; the visitors' messages go through
 * the outbox (queue.ts) instead.
 */
export const payloadEmailAdapter: EmailAdapter = () => ({
  name: 'smtp',
  defaultFromAddress: process.env.EMAIL_FROM || 'no-reply@localhost',
  defaultFromName: 'CMS',
  sendEmail: (message) => transport().sendMail(message),
})
