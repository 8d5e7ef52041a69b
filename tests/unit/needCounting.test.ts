import { describe, expect, it } from 'vitest'
import { acceptsPledges, contribution, contributionDelta, needCountsOf, needProgress, type PledgeState, quantityNeededOf, settlePledge, stillWanted } from '../../domain/needs'

const pledge = (status: PledgeState['status'], quantity: number, quantityReceived = 0): PledgeState => ({ status, quantity, quantityReceived })

describe('what a pledge counts for', () => {
  it('holds its quantity while expected, and counts what arrived whatever its status', () => {
    expect(contribution(pledge('pledged', 3))).toEqual({ pledged: 3, received: 0 })
    expect(contribution(pledge('partly-received', 3, 1))).toEqual({ pledged: 2, received: 1 })
    expect(contribution(pledge('received', 3, 3))).toEqual({ pledged: 0, received: 3 })
    expect(contribution(pledge('received', 3, 2))).toEqual({ pledged: 0, received: 2 })
    expect(contribution(pledge('expired', 3))).toEqual({ pledged: 0, received: 0 })
    expect(contribution(pledge('cancelled', 3, 1))).toEqual({ pledged: 0, received: 1 })
  })

  it('moves the difference between two states, so the totals stay the sum over the pledges', () => {
    expect(contributionDelta(undefined, pledge('pledged', 4))).toEqual({ pledged: 4, received: 0 })
    expect(contributionDelta(pledge('pledged', 4), pledge('expired', 4))).toEqual({ pledged: -4, received: 0 })
    expect(contributionDelta(pledge('pledged', 4), pledge('partly-received', 4, 1))).toEqual({ pledged: -1, received: 1 })
    expect(contributionDelta(pledge('partly-received', 4, 1), pledge('received', 4, 4))).toEqual({ pledged: -3, received: 3 })
    expect(contributionDelta(pledge('expired', 4), pledge('pledged', 4))).toEqual({ pledged: 4, received: 0 })

    const path = [pledge('pledged', 5), pledge('partly-received', 5, 2), pledge('partly-received', 5, 4), pledge('received', 5, 4)]
    const total = { pledged: 0, received: 0 }
    let before: PledgeState | undefined
    for (const state of path) {
      const delta = contributionDelta(before, state)
      total.pledged += delta.pledged
      total.received += delta.received
      before = state
    }
    expect(total).toEqual(contribution(path.at(-1)!))
  })

  it('settles what staff leave inconsistent', () => {
    expect(settlePledge(pledge('received', 3))).toEqual(pledge('received', 3, 3))
    expect(settlePledge(pledge('pledged', 3, 1))).toEqual(pledge('partly-received', 3, 1))
    expect(settlePledge(pledge('partly-received', 3, 3))).toEqual(pledge('received', 3, 3))
    expect(settlePledge(pledge('partly-received', 3, 0))).toEqual(pledge('pledged', 3, 0))
    expect(settlePledge(pledge('cancelled', 3, 0))).toEqual(pledge('cancelled', 3, 0))
  })
})

describe('what a need still wants', () => {
  it('is what is neither pledged nor received, never below zero', () => {
    expect(stillWanted({ quantityNeeded: 10, quantityPledged: 3, quantityReceived: 2 })).toBe(5)
    expect(stillWanted({ quantityNeeded: 10, quantityPledged: 4, quantityReceived: 8 })).toBe(0)
  })

  it('shows received and pledged shares, capped together at 100 %', () => {
    expect(needProgress({ quantityNeeded: 4, quantityPledged: 1, quantityReceived: 2 })).toMatchObject({ wanted: 1, receivedPercent: 50, pledgedPercent: 25, complete: false })
    expect(needProgress({ quantityNeeded: 4, quantityPledged: 3, quantityReceived: 4 })).toMatchObject({ wanted: 0, receivedPercent: 100, pledgedPercent: 0, complete: true, fullyPledged: true })
    expect(needProgress({ quantityNeeded: 4, quantityPledged: 4, quantityReceived: 0 })).toMatchObject({ wanted: 0, complete: false, fullyPledged: true })
  })
})

describe('a need without a set quantity', () => {
  const open = { quantityNeeded: null, quantityPledged: 7, quantityReceived: 3 }

  it('is wanted without a count: never all pledged, never complete, no shares', () => {
    expect(stillWanted(open)).toBeNull()
    expect(needProgress(open)).toEqual({ ...open, wanted: null, receivedPercent: 0, pledgedPercent: 0, complete: false, fullyPledged: false })
    expect(needProgress({ quantityNeeded: null, quantityPledged: 0, quantityReceived: 0 }).fullyPledged).toBe(false)
  })

  it('takes pledges while open, however many were pledged or received', () => {
    expect(acceptsPledges({ ...open, status: 'open' })).toBe(true)
    expect(acceptsPledges({ ...open, status: 'closed' })).toBe(false)
    expect(acceptsPledges({ quantityNeeded: 10, quantityPledged: 7, quantityReceived: 3, status: 'open' })).toBe(false)
    expect(acceptsPledges({ quantityNeeded: 11, quantityPledged: 7, quantityReceived: 3, status: 'open' })).toBe(true)
  })

  it('is read as such from whatever the database gives for an empty quantity', () => {
    for (const empty of [null, undefined, '', 0, -2, 1.5, 'abc']) expect(quantityNeededOf(empty)).toBeNull()
    expect(quantityNeededOf(12)).toBe(12)
    expect(quantityNeededOf('12')).toBe(12)
    expect(needCountsOf({ quantityNeeded: null, quantityPledged: '2', quantityReceived: null })).toEqual({ quantityNeeded: null, quantityPledged: 2, quantityReceived: 0 })
  })
})
