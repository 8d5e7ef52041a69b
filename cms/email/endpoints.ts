import { randomUUID } from 'node:crypto'
import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { locales } from '../../domain/locales'
import { emailCatalog, emailKinds } from '../../emails/catalog'
import { hasRole } from '../access/roles'
import { message as inUserLanguage } from '../i18n/label'
import { emailMessagesSlug } from './constants'
import { queueDelivery, queueEmail } from './queue'

/** A refusal shown to the staff member, already in their admin language. */
export class EmailActionError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/**
 * Puts a failed message back in the queue, unchanged: same recipient, same words, same
 * idempotency key. Only failed messages: a queued one is still being retried, and a sent
 * one must not go out twice by accident.
 */
export async function resendEmailMessage(req: PayloadRequest, id: string | number): Promise<void> {
  if (!hasRole(req.user, 'administrator')) throw new EmailActionError(inUserLanguage(req, 'emailMessages.onlyAdministratorsResend'), 403)
  const message = await req.payload.findByID({ collection: emailMessagesSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!message) throw new EmailActionError(inUserLanguage(req, 'emailMessages.notFound'), 404)
  if (message.status !== 'failed') {
    const status = inUserLanguage(req, `emailMessages.status.${message.status}`).toLocaleLowerCase(req.i18n?.language)
    throw new EmailActionError(inUserLanguage(req, 'emailMessages.onlyFailedResend', { status }), 409)
  }
  await inTransaction(req, async () => {
    await req.payload.update({ collection: emailMessagesSlug, id: message.id, data: { status: 'queued' }, overrideAccess: true, req })
    await queueDelivery(req, message.id)
  })
}

/** The outbox record and its job change together, or not at all. */
async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

const testRequest = z.object({ kind: z.enum(emailKinds), locale: z.enum(locales), to: z.email() })

/** Sends a message with its sample data to an address of the administrator's choice. */
export async function sendTestEmail(req: PayloadRequest, body: unknown): Promise<{ id: string | number }> {
  if (!hasRole(req.user, 'administrator')) throw new EmailActionError(inUserLanguage(req, 'emailMessages.onlyAdministratorsTest'), 403)
  const parsed = testRequest.safeParse(body)
  if (!parsed.success) throw new EmailActionError(inUserLanguage(req, 'emailMessages.test.invalid'), 400)
  const { kind, locale, to } = parsed.data
  const queued = await inTransaction(req, () =>
    queueEmail({ req, kind, locale, to, data: emailCatalog[kind].sample, idempotencyKey: `test:${kind}:${locale}:${randomUUID()}` }),
  )
  return { id: queued.id }
}

function answer(action: () => Promise<object>) {
  return async (): Promise<Response> => {
    try {
      return Response.json({ ok: true, ...(await action()) })
    } catch (error) {
      if (error instanceof EmailActionError) return Response.json({ ok: false, error: error.message }, { status: error.status })
      throw error
    }
  }
}

export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: (req) => answer(async () => {
    await resendEmailMessage(req, String(req.routeParams?.id ?? ''))
    return {}
  })(),
}

export const sendTestEndpoint: Endpoint = {
  path: '/send-test',
  method: 'post',
  handler: (req) => answer(async () => sendTestEmail(req, req.json ? await req.json() : undefined))(),
}
