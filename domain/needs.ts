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
/**
 * A need's figures. `quantityNeeded` is null while staff have not set a real number: the
 * need is then simply "wanted", without a count, and never "all pledged" (see stillWanted).
 */
export type NeedCounts = { quantityNeeded: number | null; quantityPledged: number; quantityReceived: number }

/** The quantity needed as stored (a number, null, or a number in a string): a whole number of at least 1, else none. */
export function quantityNeededOf(value: unknown): number | null {
  const quantity = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1 ? quantity : null
}

/** A stored need's figures, whatever the source (Local API, REST, a raw SQL row) gives for an empty one. */
export function needCountsOf(doc: { quantityNeeded?: unknown; quantityPledged?: unknown; quantityReceived?: unknown }): NeedCounts {
  return {
    quantityNeeded: quantityNeededOf(doc.quantityNeeded),
    quantityPledged: Number(doc.quantityPledged ?? 0) || 0,
    quantityReceived: Number(doc.quantityReceived ?? 0) || 0,
  }
}
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

/**
 * How many are still wanted: neither promised nor brought yet; a pledge may bring at most
 * this many. Null for a need without a set quantity: it is wanted, with no count to reach,
 * and a pledge may bring any whole number the pledge form allows (1 to maxPledgeQuantity,
 * domain/forms/pledge.ts). Nothing is used up, so one giver never blocks another; the
 * goods team sees every pledge and sets the quantity (or closes the need) when it knows.
 */
export function stillWanted(need: NeedCounts): number | null {
  if (need.quantityNeeded === null) return null
  return Math.max(0, need.quantityNeeded - need.quantityPledged - need.quantityReceived)
}

export type NeedProgress = NeedCounts & {
  /** Null: wanted, without a count. */
  wanted: number | null
  receivedPercent: number
  pledgedPercent: number
  /** Everything needed has arrived (never, without a quantity: staff close such a need). */
  complete: boolean
  /** Everything needed is pledged or received (never, without a quantity). */
  fullyPledged: boolean
}

/** The figures a wishlist shows: shares of the need received and promised, capped at 100 % (none without a quantity). */
export function needProgress(need: NeedCounts): NeedProgress {
  const wanted = stillWanted(need)
  if (need.quantityNeeded === null) return { ...need, wanted, receivedPercent: 0, pledgedPercent: 0, complete: false, fullyPledged: false }
  const total = Math.max(1, need.quantityNeeded)
  const receivedPercent = Math.min(100, Math.round((need.quantityReceived / total) * 100))
  const pledgedPercent = Math.min(100 - receivedPercent, Math.round((need.quantityPledged / total) * 100))
  return { ...need, wanted, receivedPercent, pledgedPercent, complete: need.quantityReceived >= need.quantityNeeded, fullyPledged: wanted === 0 }
}

/** Whether a need takes pledges now: open, and either without a set quantity or with some still wanted. */
export function acceptsPledges(need: NeedCounts & { status: string }): boolean {
  const wanted = stillWanted(need)
  return need.status === 'open' && (wanted === null || wanted > 0)
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
