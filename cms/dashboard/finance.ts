import type { Payload, TypedUser } from 'payload'
import { type FundraisingProgress, fundraisingProgress } from '../payments/progress'
import { as } from './access'

export type GiftLine = { id: number | string; amountCents: number; donorName?: string; anonymous: boolean; kind?: string; receivedAt: string }
export type FinanceSummary = { progress: FundraisingProgress; lastGifts: GiftLine[]; pastDueMonthlyGifts: number }

/** Finance: this year's total against the goal, the last gifts received, and monthly gifts whose payment failed. */
export async function financeSummary(payload: Payload, user: TypedUser, lastGifts = 5): Promise<FinanceSummary> {
  const [progress, gifts, pastDue] = await Promise.all([
    fundraisingProgress(payload, { user }),
    payload.find({
      collection: 'donations',
      where: { status: { equals: 'paid' } },
      sort: '-receivedAt',
      limit: lastGifts,
      depth: 0,
      select: { amountCents: true, donorName: true, anonymous: true, kind: true, receivedAt: true },
      ...as(user),
    }),
    payload.count({ collection: 'monthly-gifts', where: { status: { equals: 'past-due' } }, ...as(user) }),
  ])
  return {
    progress,
    lastGifts: gifts.docs.map((gift) => ({
      id: gift.id,
      amountCents: gift.amountCents,
      donorName: gift.donorName ?? undefined,
      anonymous: Boolean(gift.anonymous),
      kind: gift.kind ?? undefined,
      receivedAt: gift.receivedAt,
    })),
    pastDueMonthlyGifts: pastDue.totalDocs,
  }
}
