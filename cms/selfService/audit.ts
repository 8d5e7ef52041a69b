import type { PayloadRequest } from 'payload'
import { kindOfCollection, type SelfServiceAction, type Subject } from './kinds'

export const eventsSlug = 'self-service-events'

/**
 * One line in the self-service log, in the action's own transaction: who (the kind of
 * person and their record), what, and when (Payload's createdAt). Nothing the person
 * typed or is: the log must hold nothing an erasure would have to remove.
 */
export async function logAction(req: PayloadRequest, subject: Subject, action: SelfServiceAction): Promise<void> {
  await req.payload.create({
    collection: eventsSlug,
    data: { personKind: kindOfCollection[subject.collection], action, subjectCollection: subject.collection, subjectId: String(subject.id) },
    overrideAccess: true,
    req,
  })
}
