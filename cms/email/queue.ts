import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { type Locale, locales } from '../../domain/locales'
import { type EmailData, type EmailKind, emailCatalog } from '../../emails/catalog'
import { renderEmail } from '../../emails/render'
import { cmsUrl } from '../env'
import { emailMessagesSlug, sendEmailTaskSlug } from './constants'
import { loadOrganisation } from './organisation'

export type QueueEmailArgs<K extends EmailKind> = {
  /**
   * The request of the flow that stores the record (the application, the donation, …).
   * The message and its job are written in that request's transaction: both are kept, or
   * neither.
   */
  req: PayloadRequest
  kind: K
  locale: Locale
  /** The recipient; leave out for a notice to staff, which goes to the organisation's address for it. */
  to?: string
  data: EmailData<K>
  /** One per event, for example `donation:123:thank-you`: queuing the same key again does nothing. */
  idempotencyKey: string
  related?: { collection: string; id: string | number }
}

export type QueuedEmail = { id: string | number; duplicate: boolean }

const keySchema = z.string().trim().min(1).max(200)

/** Renders a message, stores it in the outbox and queues its delivery. */
export async function queueEmail<K extends EmailKind>(args: QueueEmailArgs<K>): Promise<QueuedEmail> {
  const { req, kind, locale } = args
  const { payload } = req
  const idempotencyKey = keySchema.parse(args.idempotencyKey)
  if (!locales.includes(locale)) throw new Error(`Unknown language "${locale}" for email ${kind}.`)

  const existing = await payload.find({
    collection: emailMessagesSlug,
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (existing.docs[0]) return { id: existing.docs[0].id, duplicate: true }

  const message = emailCatalog[kind]
  const organisation = await loadOrganisation(payload, locale, req)
  const rendered = await renderEmail({ kind, locale, data: args.data, organisation: organisation.branding })
  const to = args.to !== undefined ? z.email().parse(args.to) : recipientFor(kind, organisation.addresses)

  const doc = await payload.create({
    collection: emailMessagesSlug,
    data: {
      kind,
      locale,
      to,
      replyTo: organisation.addresses[message.replyTo] ?? organisation.addresses.general,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      idempotencyKey,
      status: 'queued',
      attempts: 0,
      related: args.related ? { collection: args.related.collection, documentId: String(args.related.id) } : undefined,
    },
    overrideAccess: true,
    req,
  })
  await queueDelivery(req, doc.id)
  return { id: doc.id, duplicate: false }
}

export async function queueDelivery(req: PayloadRequest, messageId: string | number): Promise<void> {
  await req.payload.jobs.queue({ task: sendEmailTaskSlug, input: { messageId: String(messageId) }, req })
}

/**
 * A staff notice goes to the organisation's address for its purpose, else the general
 * one. With neither set the message is still stored (the flow must not fail for it) and
 * its delivery fails visibly until someone fills in the address and resends it.
 */
export function recipientFor(kind: EmailKind, addresses: Partial<Record<string, string>>): string | undefined {
  const purpose = emailCatalog[kind].staffRecipient
  if (!purpose) throw new Error(`Email ${kind} goes to a visitor: pass "to".`)
  return addresses[purpose] ?? addresses.general
}

/** The admin page of a record, for links in staff notices. */
export function adminDocumentUrl(collection: string, id: string | number): string {
  return `${cmsUrl}/admin/collections/${collection}/${encodeURIComponent(String(id))}`
}
