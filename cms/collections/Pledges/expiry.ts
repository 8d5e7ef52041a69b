import type { Payload } from 'payload'
import { activePledgeStatuses } from '../../../domain/needs'
import type { PledgeContext } from './hooks'

/**
 * Every pledge still expected whose time is up becomes "expired": its items are wanted
 * again and the giver gets an email. Each pledge is one update in its own transaction,
 * and the hook re-reads it under a lock, so a pledge marked received meanwhile stays so.
 */
export async function expireDuePledges(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'pledges',
    where: { and: [{ status: { in: [...activePledgeStatuses] } }, { expiresAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { status: true },
  })
  let expired = 0
  for (const { id } of docs) {
    const context: PledgeContext = { pledgeExpiring: true }
    try {
      const doc = await payload.update({ collection: 'pledges', id, data: {}, context, overrideAccess: true })
      if (doc.status === 'expired') expired += 1
    } catch (error) {
      // One pledge that cannot be expired must not keep the others wanted-but-blocked.
      payload.logger.error({ err: error, msg: `Could not expire pledge ${id}` })
    }
  }
  return expired
}
