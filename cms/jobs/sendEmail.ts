import type { PayloadRequest, TaskConfig } from 'payload'
import { isLocale } from '../../domain/locales'
import { isEmailKind } from '../../emails/catalog'
import { emailMessagesSlug, emailRetries, sendEmailTaskSlug } from '../email/constants'
import { loadOrganisation } from '../email/organisation'
import { recipientFor } from '../email/queue'
import { messageIdFor, transport } from '../email/transport'
import { isLocalUrl, publicSiteUrl } from '../env'

type SendEmailIO = { input: { messageId: string }; output: { outcome: string } }

/**
 * Delivers one outbox message. A failed attempt throws, and the jobs queue tries again
 * later (exponential backoff, see emailRetries); after the last one the message is
 * marked failed, for an administrator to resend.
 */
export const sendEmailTask: TaskConfig<SendEmailIO> = {
  slug: sendEmailTaskSlug,
  label: 'Send an email',
  inputSchema: [{ name: 'messageId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: emailRetries.attempts, backoff: { ...emailRetries.backoff } },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const message = await payload.findByID({ collection: emailMessagesSlug, id: input.messageId, depth: 0, overrideAccess: true, req })
    // The idempotency guarantee on the way out: a job that runs again never sends twice.
    if (message.status === 'sent') return { output: { outcome: 'already sent' } }

    const attempts = (message.attempts ?? 0) + 1
    try {
      await deliver(req, message)
    } catch (error) {
      const lastTry = (job.totalTried ?? 0) >= emailRetries.attempts
      await payload.update({
        collection: emailMessagesSlug,
        id: message.id,
        data: { attempts, lastError: describe(error), status: lastTry ? 'failed' : 'queued' },
        overrideAccess: true,
        req,
      })
      throw error
    }
    // The mail is out: from here on nothing may throw, or the job would retry and send it twice.
    try {
      await payload.update({
        collection: emailMessagesSlug,
        id: message.id,
        data: { attempts, status: 'sent', sentAt: new Date().toISOString(), lastError: null },
        overrideAccess: true,
        req,
      })
    } catch (error) {
      payload.logger.error({ err: error, msg: `Email ${message.id} was sent, but recording it failed: it stays "queued" in the outbox and is not sent again.` })
      return { output: { outcome: 'sent, not recorded' } }
    }
    return { output: { outcome: 'sent' } }
  },
}

type OutboxMessage = {
  kind: string
  locale: string
  to?: string | null
  replyTo?: string | null
  subject: string
  html: string
  text: string
  idempotencyKey: string
}

async function deliver(req: PayloadRequest, message: OutboxMessage): Promise<void> {
  if (!isEmailKind(message.kind) || !isLocale(message.locale)) throw new Error(`Unknown message kind or language: ${message.kind}/${message.locale}`)
  const organisation = await loadOrganisation(req.payload, message.locale, req)
  const to = message.to || recipientFor(message.kind, organisation.addresses)
  if (!to) {
    throw new Error('No recipient: set the contact address for this purpose (or the general one) in Settings → Organisation, then resend.')
  }
  const fromAddress = process.env.EMAIL_FROM || organisation.addresses.general || localSender()
  await transport().sendMail({
    from: { name: organisation.branding.name, address: fromAddress },
    to,
    replyTo: message.replyTo || undefined,
    subject: message.subject,
    html: message.html,
    text: message.text,
    messageId: messageIdFor(message.idempotencyKey, fromAddress),
    headers: { 'Content-Language': message.locale, 'Auto-Submitted': 'auto-generated' },
  })
}

/** On a laptop any sender will do for the mail catcher; a deployed site must name a real one. */
function localSender(): string {
  if (process.env.NODE_ENV === 'production' && !isLocalUrl(publicSiteUrl)) {
    throw new Error('No sender address: set EMAIL_FROM, or the general address in Settings → Organisation.')
  }
  return 'no-reply@localhost'
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000)
}
