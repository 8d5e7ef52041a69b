/** Names shared by the outbox collection, the send job and the API (kept apart to avoid import cycles). */
export const emailMessagesSlug = 'email-messages'
export const sendEmailTaskSlug = 'sendEmail'

export const emailStatuses = ['queued', 'sent', 'failed'] as const
export type EmailStatus = (typeof emailStatuses)[number]

/**
 * Retries after the first attempt, and the first wait; each wait doubles (1, 2, 4 … 32
 * minutes), so a message rides out about an hour of mail-server trouble before it is
 * marked failed.
 */
export const emailRetries = { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } } as const
