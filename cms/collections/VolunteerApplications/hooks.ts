import { randomInt } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { isLocale } from '../../../domain/locales'
import { closedStatuses, notifiedStatuses, type ApplicationStatus, type NotifiedStatus } from '../../../domain/volunteering/options'
import { emailMessagesSlug, sendEmailTaskSlug } from '../../email/constants'
import { queueEmail } from '../../email/queue'
import { deletePrivateFile } from '../../volunteering/files'

export const applicationsSlug = 'volunteer-applications'

type History = { status?: string | null; changedAt?: string | null; changedBy?: string | null }[]

const who = (req: PayloadRequest) => {
  const user = req.user as { name?: string; email?: string } | null
  return user ? `${user.name ?? ''} <${user.email ?? ''}>`.trim() : 'website form'
}

/** Keeps the date and author of every status change, and when a decision was taken. */
export const trackStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const status = (data.status ?? originalDoc?.status ?? 'new') as ApplicationStatus
  const previous = originalDoc?.status as ApplicationStatus | undefined
  if (operation === 'create') {
    data.reference ??= newReference()
  }
  if (operation === 'create' || status !== previous) {
    const now = new Date().toISOString()
    const history: History = [...((originalDoc?.statusHistory as History) ?? [])]
    history.push({ status, changedAt: now, changedBy: who(req) })
    data.statusHistory = history
    data.decidedAt = closedStatuses.includes(status) ? now : null
  }
  return data
}

/** A chosen status change tells the applicant, in their language (queued in the same transaction). */
export const notifyApplicant: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  if (!(notifiedStatuses as readonly string[]).includes(doc.status) || doc.notifyApplicant === false) return doc
  const locale = isLocale(doc.locale) ? doc.locale : 'nl'
  const role = await req.payload.findByID({ collection: 'volunteer-roles', id: typeof doc.role === 'object' ? doc.role.id : doc.role, locale, depth: 0, overrideAccess: true, req, draft: false }).catch(() => undefined)
  await queueEmail({
    req,
    kind: 'volunteer-application-status',
    locale,
    to: doc.email,
    data: { applicantName: doc.name, roleTitle: String(role?.title ?? ''), reference: doc.reference, status: doc.status as NotifiedStatus },
    idempotencyKey: `volunteer-application:${doc.id}:status:${(doc.statusHistory as History | undefined)?.length ?? 0}:${doc.status}`,
    related: { collection: applicationsSlug, id: doc.id },
  })
  return doc
}

/**
 * Whatever deletes an application (the coordinator, the erase action, the retention job)
 * also deletes its files and every email about it, sent or still queued: nothing of the
 * applicant stays behind.
 */
export const forgetEverything: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await deletePrivateFile(doc.cv?.storedName)
  await deletePrivateFile(doc.motivationFile?.storedName)
  await deleteEmailsAbout(req, doc.id)
}

async function deleteEmailsAbout(req: PayloadRequest, id: string | number) {
  const { docs } = await req.payload.find({
    collection: emailMessagesSlug,
    where: { and: [{ 'related.collection': { equals: applicationsSlug } }, { 'related.documentId': { equals: String(id) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return
  const messageIds = new Set(docs.map((message) => String(message.id)))
  // Their delivery jobs go too, or they would wake up to a message that no longer exists.
  const jobs = await req.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: sendEmailTaskSlug } }, pagination: false, depth: 0, overrideAccess: true, req })
  for (const job of jobs.docs) {
    const input = job.input as { messageId?: string } | undefined
    if (input?.messageId && messageIds.has(String(input.messageId))) await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
  }
  await req.payload.delete({ collection: emailMessagesSlug, where: { id: { in: [...messageIds] } }, overrideAccess: true, req })
}

const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A short reference the applicant can quote on the phone. */
function newReference(): string {
  return `V-${Array.from({ length: 8 }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join('')}`
}
