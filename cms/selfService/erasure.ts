import type { PayloadRequest, Where } from 'payload'
import { emailMessagesSlug, sendEmailTaskSlug } from '../email/constants'
import { logAction } from './audit'
import type { Subject } from './kinds'
import { revokeLinks } from './links'
import type { Applicant, Donor } from './people'

/**
 * Belgian accounting law keeps the books and their supporting records for seven years
 * (Code of Economic Law, art. III.88): a gift's amount, date and payment stay, without the
 * person. Said on the donor's page and in the erasure email from this one number.
 */
export const accountingYears = 7

/**
 * The applicant's right to erasure: every application with their address goes, each
 * taking its files and emails with it (VolunteerApplications/hooks.ts, forgetEverything),
 * and every link to them stops working. The log keeps that it happened, by record id only.
 */
export async function eraseApplicant(req: PayloadRequest, person: Applicant): Promise<void> {
  const { docs } = await req.payload.find({ collection: 'volunteer-applications', where: { email: { equals: person.application.email } }, pagination: false, depth: 0, overrideAccess: true, req })
  const subjects: Subject[] = docs.map((doc) => ({ collection: 'volunteer-applications', id: doc.id }))
  await req.payload.delete({ collection: 'volunteer-applications', where: { id: { in: docs.map((doc) => doc.id) } }, overrideAccess: true, req })
  await forgetEmails(req, subjects, person.application.email)
  await revokeLinks(req, subjects)
  await logAction(req, person.link.subject, 'erased-data')
}

/** Why a donor's erasure cannot go ahead yet: a monthly gift still running would keep charging a nameless record. */
export function donorErasureBlocked(person: Donor): boolean {
  return person.monthlyGifts.some((gift) => gift.status === 'active' || gift.status === 'past-due')
}

/**
 * The donor's erasure, within what the law lets go: each gift stays as an accounting
 * record (amount, currency, date, kind, status, our reference, the payment's reference)
 * with everything that names the donor emptied; the monthly-gift records (not accounting
 * documents: each payment is a gift) are deleted; emails and links go.
 */
export async function eraseDonor(req: PayloadRequest, person: Donor): Promise<void> {
  for (const gift of person.donations) {
    await req.payload.update({
      collection: 'donations',
      id: gift.id,
      data: {
        donorName: null,
        donorEmail: null,
        anonymous: true,
        newsletter: false,
        tributeKind: null,
        tributeName: null,
        notes: null,
        taxCertificate: { requested: false, nationalRegisterNumber: null, street: null, postalCode: null, city: null },
        ...(gift.stripe ? { stripe: { ...gift.stripe, customerId: null } } : {}),
      },
      overrideAccess: true,
      req,
    })
  }
  if (person.monthlyGifts.length > 0) {
    await req.payload.delete({ collection: 'monthly-gifts', where: { id: { in: person.monthlyGifts.map((gift) => gift.id) } }, overrideAccess: true, req })
  }
  const subjects: Subject[] = [
    ...person.donations.map((gift) => ({ collection: 'donations' as const, id: gift.id })),
    ...person.monthlyGifts.map((gift) => ({ collection: 'monthly-gifts' as const, id: gift.id })),
  ]
  await forgetEmails(req, subjects, person.email)
  await revokeLinks(req, subjects)
  await logAction(req, person.link.subject, 'erased-data')
}

/**
 * Every email about these records, or sent to this address about records of the same
 * kinds, sent or still queued, with its delivery job: their text names the person.
 */
async function forgetEmails(req: PayloadRequest, subjects: Subject[], email: string): Promise<void> {
  const collections = [...new Set(subjects.map((subject) => subject.collection))]
  const or: Where[] = subjects.map((subject): Where => ({ and: [{ 'related.collection': { equals: subject.collection } }, { 'related.documentId': { equals: String(subject.id) } }] }))
  if (email) or.push({ and: [{ to: { equals: email } }, { 'related.collection': { in: collections } }] })
  if (or.length === 0) return
  const { docs } = await req.payload.find({ collection: emailMessagesSlug, where: { or }, pagination: false, depth: 0, overrideAccess: true, req })
  if (docs.length === 0) return
  const ids = new Set(docs.map((message) => String(message.id)))
  const jobs = await req.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: sendEmailTaskSlug } }, pagination: false, depth: 0, overrideAccess: true, req })
  const jobIds = jobs.docs.filter((job) => ids.has(String((job.input as { messageId?: string } | undefined)?.messageId ?? ''))).map((job) => job.id)
  if (jobIds.length > 0) await req.payload.delete({ collection: 'payload-jobs', where: { id: { in: jobIds } }, overrideAccess: true, req })
  await req.payload.delete({ collection: emailMessagesSlug, where: { id: { in: [...ids] } }, overrideAccess: true, req })
}
