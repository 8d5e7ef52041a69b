import type { PayloadRequest } from 'payload'
import type { Donation, MonthlyGift, Pledge, VolunteerApplication } from '../payload-types'
import type { OpenedLink } from './links'
import type { Subject } from './kinds'

/**
 * What a link opens: the person's records as they are now, read with the CMS's own
 * rights (the link is the authority, checked before this). An applicant's and a giver's
 * link name one record; a donor's names one gift, and opens every gift and monthly gift
 * made with that gift's email address. Undefined when the record is gone.
 */
export type Applicant = { kind: 'applicant'; link: OpenedLink; application: VolunteerApplication }
export type Donor = { kind: 'donor'; link: OpenedLink; email: string; name: string; donations: Donation[]; monthlyGifts: MonthlyGift[] }
export type Giver = { kind: 'giver'; link: OpenedLink; pledge: Pledge }
export type Person = Applicant | Donor | Giver

const find = (req: PayloadRequest, subject: Subject) =>
  req.payload.findByID({ collection: subject.collection, id: subject.id, depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)

export async function personFor(req: PayloadRequest, link: OpenedLink): Promise<Person | undefined> {
  const record = await find(req, link.subject)
  if (!record) return undefined
  switch (link.kind) {
    case 'applicant':
      return { kind: 'applicant', link, application: record as VolunteerApplication }
    case 'giver':
      return { kind: 'giver', link, pledge: record as Pledge }
    case 'donor': {
      const email = String((record as Donation | MonthlyGift).donorEmail ?? '').trim()
      // An erased gift keeps no address: nothing of the donor is left to show.
      if (!email) return undefined
      return { kind: 'donor', link, email, ...(await giftsOf(req, email)) }
    }
  }
}

/** Every gift and monthly gift made with this address (compared as stored, without case). */
export async function giftsOf(req: PayloadRequest, email: string): Promise<{ name: string; donations: Donation[]; monthlyGifts: MonthlyGift[] }> {
  const where = (field: string) => ({ [field]: { equals: email } })
  const [donations, monthlyGifts] = await Promise.all([
    req.payload.find({ collection: 'donations', where: where('donorEmail'), sort: '-receivedAt', pagination: false, depth: 0, overrideAccess: true, req }),
    req.payload.find({ collection: 'monthly-gifts', where: where('donorEmail'), sort: '-createdAt', pagination: false, depth: 0, overrideAccess: true, req }),
  ])
  const name = monthlyGifts.docs[0]?.donorName ?? donations.docs.find((gift) => gift.donorName)?.donorName ?? ''
  return { name: String(name), donations: donations.docs, monthlyGifts: monthlyGifts.docs }
}

/** The records one person's erasure, download or new link concerns (for a donor, all their gifts). */
export function subjectsOf(person: Person): Subject[] {
  switch (person.kind) {
    case 'applicant':
      return [{ collection: 'volunteer-applications', id: person.application.id }]
    case 'giver':
      return [{ collection: 'pledges', id: person.pledge.id }]
    case 'donor':
      return [...person.donations.map((gift) => ({ collection: 'donations' as const, id: gift.id })), ...person.monthlyGifts.map((gift) => ({ collection: 'monthly-gifts' as const, id: gift.id }))]
  }
}

export function nameOf(person: Person): string {
  return person.kind === 'applicant' ? person.application.name : person.kind === 'giver' ? person.pledge.name : person.name
}

export function emailOf(person: Person): string {
  return person.kind === 'applicant' ? person.application.email : person.kind === 'giver' ? person.pledge.email : person.email
}
