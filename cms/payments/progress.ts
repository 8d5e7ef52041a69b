import type { Payload, TypedUser } from 'payload'

/**
 * This year's total against the goal: what was really received (paid gifts less their
 * refunds, offline gifts included), and how many people gave it. The same numbers feed
 * the static page at build time and GET /api/donations/progress.
 */
export type FundraisingProgress = {
  goalCents: number
  raisedCents: number
  donors: number
  currency: 'EUR'
  year: number
}

/** `as`: read as this staff member, with their access (the admin's dashboard); without it, as the system (the public figure). */
export async function fundraisingProgress(payload: Payload, as?: { user: TypedUser }): Promise<FundraisingProgress> {
  const access = as ? { overrideAccess: false, user: as.user } : { overrideAccess: true }
  const organisation = await payload.findGlobal({ slug: 'organisation', depth: 0, ...access })
  const year = organisation.fundraising?.year ?? new Date().getFullYear()
  const goalCents = Math.round((organisation.fundraising?.goalEuros ?? 0) * 100)
  const { docs } = await payload.find({
    collection: 'donations',
    where: {
      and: [
        { status: { in: ['paid', 'refunded'] } },
        { receivedAt: { greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString() } },
        { receivedAt: { less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString() } },
      ],
    },
    select: { amountCents: true, refundedCents: true, donorEmail: true, donorName: true },
    depth: 0,
    pagination: false,
    ...access,
  })
  let raisedCents = 0
  const donors = new Set<string>()
  for (const donation of docs) {
    const net = donation.amountCents - (donation.refundedCents ?? 0)
    if (net <= 0) continue
    raisedCents += net
    // Offline gifts may have no email: each such gift counts as its own donor.
    donors.add(donation.donorEmail?.toLowerCase() || `gift:${donation.id}`)
  }
  return { goalCents, raisedCents, donors: donors.size, currency: 'EUR', year }
}
