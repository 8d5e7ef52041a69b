import { randomInt } from 'node:crypto'
import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { contributionDelta, isActivePledge, type PledgeState, type PledgeStatus, settlePledge } from '../../../domain/needs'
import { pledgeDays } from '../../globals/GoodsSettings'
import { lockPledge, reserve, shift } from './counters'
import { queueExpiryEmail, queuePledgeEmails } from './emails'

/** Flags the public endpoint and the expiry job pass in `context`. */
export type PledgeContext = { pledgeReserved?: boolean; pledgeExpiring?: boolean; pledgeTransition?: { from: PledgeStatus; to: PledgeState } }

const dayMs = 86_400_000
const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))

/** A short reference a giver can quote at the door or on the phone. */
export function newPledgeReference(): string {
  return `P-${Array.from({ length: 8 }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join('')}`
}

function refuse(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: 'pledges', errors: [{ path, message }], req })
}

/**
 * A new pledge takes its items from the need (in the same transaction, so a pledge that
 * fails to save gives them back); a change of status moves the difference. Both work
 * from the database's current values, never from what the form had loaded.
 */
export const pledgeBeforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, context }) => {
  const flags = context as PledgeContext
  if (operation === 'create') {
    const quantity = Number(data.quantity)
    data.reference ||= newPledgeReference()
    data.status = 'pledged'
    data.quantityReceived = 0
    data.consentAt ||= new Date().toISOString()
    data.expiresAt ||= new Date(Date.now() + (await pledgeDays(req.payload, req)) * dayMs).toISOString()
    if (!flags.pledgeReserved && !(await reserve(req, idOf(data.need), quantity))) {
      refuse(req, 'quantity', 'The need is not open, or fewer items are still wanted than this.')
    }
    return data
  }

  const current = await lockPledge(req, originalDoc.id)
  if (!current) return data
  let target: PledgeState
  if (flags.pledgeExpiring) {
    // Staff may have recorded the items meanwhile: only a pledge still expected expires.
    target = isActivePledge(current.status) ? { ...current, status: 'expired' } : current
  } else {
    const numberChanged = Number(data.quantityReceived ?? 0) !== Number(originalDoc.quantityReceived ?? 0)
    const changed = data.status !== originalDoc.status || numberChanged
    // "Received" chosen without touching the number means everything has arrived.
    const received = data.status === 'received' && !numberChanged ? current.quantity : Math.max(0, Number(data.quantityReceived ?? 0))
    // A form saved for another field keeps the status someone else may have set since it was opened.
    target = changed ? settlePledge({ status: data.status, quantity: current.quantity, quantityReceived: received }) : current
  }
  if (target.quantityReceived > target.quantity) refuse(req, 'quantityReceived', `At most ${target.quantity}, the quantity pledged.`)

  const delta = contributionDelta(current, target)
  if (delta.pledged > 0) {
    // Expecting items again (a pledge revived, a receipt corrected): only if still wanted.
    if (!(await reserve(req, current.need, delta.pledged))) refuse(req, 'status', 'These items are no longer wanted: the need is not open, or others have pledged them.')
    await shift(req, current.need, { pledged: 0, received: delta.received })
  } else {
    await shift(req, current.need, delta)
  }
  data.status = target.status
  data.quantityReceived = target.quantityReceived
  flags.pledgeTransition = { from: current.status, to: target }
  return data
}

/** The emails go in the same transaction as the pledge: both are kept, or neither. */
export const pledgeAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation === 'create') {
    await queuePledgeEmails(req, doc)
    return doc
  }
  const transition = (context as PledgeContext).pledgeTransition
  if (transition && isActivePledge(transition.from) && transition.to.status === 'expired') {
    await queueExpiryEmail(req, doc, transition.to.quantity - transition.to.quantityReceived)
  }
  return doc
}
