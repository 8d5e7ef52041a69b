import type { Payload, TypedUser, Where } from 'payload'
import { activePledgeStatuses } from '../../domain/needs'
import type { Locale } from '../../domain/locales'
import { as, dayMs, startOfDay } from './access'

export type PledgeLine = { id: number | string; reference?: string; quantity: number; needName?: string; giverName: string; expectedDate: string }
export type PledgesSummary = {
  /** Still expected, and the day the giver named has passed. */
  overdue: PledgeLine[]
  /** Still expected, on a day from today to `dueDays` days ahead. */
  due: PledgeLine[]
  dueDays: number
  expected: number
  /** Open needs without a set quantity: the public sees them as wanted, without a count, until someone sets one. */
  needsWithoutQuantity: number
}

/** The goods team: pledges due and overdue, how many are still expected, and needs still without a quantity. */
export async function pledgesSummary(payload: Payload, user: TypedUser, options: { locale: Locale; now?: Date; dueDays?: number }): Promise<PledgesSummary> {
  const today = startOfDay(options.now ?? new Date())
  const dueDays = options.dueDays ?? 7
  const expected: Where = { status: { in: [...activePledgeStatuses] } }
  const lines = (where: Where, sort: string) =>
    payload
      .find({
        collection: 'pledges',
        where: { and: [expected, where] },
        sort,
        limit: 20,
        depth: 1,
        locale: options.locale,
        select: { reference: true, quantity: true, need: true, name: true, expectedDate: true },
        ...as(user),
      })
      .then(({ docs }) =>
        docs.map((pledge) => ({
          id: pledge.id,
          reference: pledge.reference ?? undefined,
          quantity: pledge.quantity,
          needName: typeof pledge.need === 'object' && pledge.need ? String(pledge.need.name ?? '') || undefined : undefined,
          giverName: pledge.name,
          expectedDate: String(pledge.expectedDate),
        })),
      )
  const [overdue, due, expectedCount, needsWithoutQuantity] = await Promise.all([
    lines({ expectedDate: { less_than: today.toISOString() } }, 'expectedDate'),
    lines({ and: [{ expectedDate: { greater_than_equal: today.toISOString() } }, { expectedDate: { less_than: new Date(today.getTime() + (dueDays + 1) * dayMs).toISOString() } }] }, 'expectedDate'),
    payload.count({ collection: 'pledges', where: expected, ...as(user) }).then((result) => result.totalDocs),
    payload.count({ collection: 'needs', where: { and: [{ status: { equals: 'open' } }, { quantityNeeded: { exists: false } }] }, ...as(user) }).then((result) => result.totalDocs),
  ])
  return { overdue, due, dueDays, expected: expectedCount, needsWithoutQuantity }
}
