/**
 * The arithmetic of material needs, shared by the CMS (which keeps the counters) and the
 * site (which shows them). A need keeps two running totals beside what it needs:
 * `quantityPledged` (promised, not yet brought) and `quantityReceived` (in the house).
 * Every pledge adds to them according to its status; changing a pledge's status moves
 * the difference, so the totals always equal the sum over the pledges.
 */
export const pledgeStatuses = ['pledged', 'partly-received', 'received', 'cancelled', 'expired'] as const
export type PledgeStatus = (typeof pledgeStatuses)[number]

/** Pledges still expected at the door: they hold their quantity, and they can expire. */
export const activePledgeStatuses: readonly PledgeStatus[] = ['pledged', 'partly-received']

export type PledgeState = { status: PledgeStatus; quantity: number; quantityReceived: number }
export type NeedCounts = { quantityNeeded: number; quantityPledged: number; quantityReceived: number }
export type Contribution = { pledged: number; received: number }

export const isActivePledge = (status: PledgeStatus) => activePledgeStatuses.includes(status)

/**
 * What one pledge counts for. Whatever arrived is received, whatever the status now; the
 * rest is held only while the giver may still bring it.
 */
export function contribution(pledge: PledgeState): Contribution {
  const received = Math.max(0, pledge.quantityReceived)
  const outstanding = Math.max(0, pledge.quantity - received)
  return { pledged: isActivePledge(pledge.status) ? outstanding : 0, received }
}

/** How the need's totals move when a pledge goes from `before` (none: a new pledge) to `after`. */
export function contributionDelta(before: PledgeState | undefined, after: PledgeState): Contribution {
  const from = before ? contribution(before) : { pledged: 0, received: 0 }
  const to = contribution(after)
  return { pledged: to.pledged - from.pledged, received: to.received - from.received }
}

/**
 * A pledge as staff leave it, made consistent: "received" without a number means all of
 * it; a number short of the pledge while still expected is "partly received"; all of it
 * is "received".
 */
export function settlePledge(state: PledgeState): PledgeState {
  const { quantity } = state
  let { status, quantityReceived } = state
  if (status === 'received' && quantityReceived <= 0) quantityReceived = quantity
  if (isActivePledge(status) && quantityReceived >= quantity) status = 'received'
  else if (status === 'pledged' && quantityReceived > 0) status = 'partly-received'
  else if (status === 'partly-received' && quantityReceived <= 0) status = 'pledged'
  return { status, quantity, quantityReceived }
}

/** How many are still wanted: neither promised nor brought yet. */
export function stillWanted(need: NeedCounts): number {
  return Math.max(0, need.quantityNeeded - need.quantityPledged - need.quantityReceived)
}

export type NeedProgress = NeedCounts & { wanted: number; receivedPercent: number; pledgedPercent: number; complete: boolean }

/** The figures a wishlist shows: shares of the need received and promised, capped at 100 %. */
export function needProgress(need: NeedCounts): NeedProgress {
  const total = Math.max(1, need.quantityNeeded)
  const receivedPercent = Math.min(100, Math.round((need.quantityReceived / total) * 100))
  const pledgedPercent = Math.min(100 - receivedPercent, Math.round((need.quantityPledged / total) * 100))
  return { ...need, wanted: stillWanted(need), receivedPercent, pledgedPercent, complete: need.quantityReceived >= need.quantityNeeded }
}

export const needCategories = ['it-equipment', 'transit-house-hygiene', 'other'] as const
export type NeedCategory = (typeof needCategories)[number]
export const needConditions = ['new', 'used-working'] as const
export type NeedCondition = (typeof needConditions)[number]
export const needPriorities = ['high', 'normal', 'low'] as const
export type NeedPriority = (typeof needPriorities)[number]
export const needStatuses = ['open', 'fulfilled', 'closed'] as const
export type NeedStatus = (typeof needStatuses)[number]

/** Most urgent first; the wishlist and the API list needs in this order. */
export function byPriority<T extends { priority?: string | null }>(a: T, b: T): number {
  const rank = (p?: string | null) => {
    const index = needPriorities.indexOf((p ?? 'normal') as NeedPriority)
    return index === -1 ? 1 : index
  }
  return rank(a.priority) - rank(b.priority)
}
