import type { PayloadRequest } from 'payload'
import type { Locale } from '../../domain/locales'
import type { EmailData, EmailKind } from '../../emails/catalog'
import { renderEmail } from '../../emails/render'
import { loadOrganisation } from '../email/organisation'
import { queueEmail } from '../email/queue'
import { transport } from '../email/transport'
import type { Subject } from './kinds'

/**
 * A confirmation of a self-service action, queued in the outbox in the action's own
 * transaction (kept with the change, or neither), about the person's record, so that an
 * erasure later takes it away with the rest. Each action happens once per request, so
 * the key carries the moment.
 */
export async function confirm<K extends EmailKind>(req: PayloadRequest, args: { kind: K; locale: Locale; to: string; data: EmailData<K>; subject: Subject }): Promise<void> {
  await queueEmail({
    req,
    kind: args.kind,
    locale: args.locale,
    to: args.to,
    data: args.data,
    idempotencyKey: `self-service:${args.subject.collection}:${args.subject.id}:${args.kind}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}`,
    related: { collection: args.subject.collection, id: args.subject.id },
  })
}

/**
 * The erasure's confirmation, sent at once and never stored: the outbox would otherwise
 * keep the very address just erased. It names nobody. A delivery that fails is logged
 * (without the address) and not tried again: the erasure itself stands.
 */
export async function sendErasureNotice(req: PayloadRequest, to: string, locale: Locale, data: EmailData<'self-service-erased'>): Promise<void> {
  try {
    const organisation = await loadOrganisation(req.payload, locale, req)
    const rendered = await renderEmail({ kind: 'self-service-erased', locale, data, organisation: organisation.branding })
    const fromAddress = process.env.EMAIL_FROM || organisation.addresses.general || 'no-reply@localhost'
    await transport().sendMail({
      from: { name: organisation.branding.name, address: fromAddress },
      to,
      replyTo: organisation.addresses.general || undefined,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      headers: { 'Content-Language': locale, 'Auto-Submitted': 'auto-generated' },
    })
  } catch (error) {
    req.payload.logger.warn({ msg: 'The erasure confirmation could not be sent', reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' })
  }
}
