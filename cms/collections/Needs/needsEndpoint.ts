import type { Endpoint, PayloadRequest } from 'payload'
import { byPriority, needCountsOf, needProgress } from '../../../domain/needs'
import { json } from '../../http'
import { builtInHandler } from '../builtInHandler'

export type NeedCountsResponse = {
  docs: { id: number | string; status: string; quantityNeeded: number | null; quantityPledged: number; quantityReceived: number; quantityWanted: number | null }[]
}

/**
 * The wishlist's live figures, for anyone: numbers only, never a name or an address. A need
 * without a set quantity has quantityNeeded and quantityWanted null: wanted, without a count.
 */
export async function publicNeedCounts(req: PayloadRequest): Promise<NeedCountsResponse> {
  const { docs } = await req.payload.find({
    collection: 'needs',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: null,
    select: { status: true, priority: true, quantityNeeded: true, quantityPledged: true, quantityReceived: true },
    req,
  })
  return {
    docs: [...docs].sort(byPriority).map((doc) => {
      const progress = needProgress(needCountsOf(doc))
      return {
        id: doc.id,
        status: String(doc.status),
        quantityNeeded: progress.quantityNeeded,
        quantityPledged: progress.quantityPledged,
        quantityReceived: progress.quantityReceived,
        quantityWanted: progress.wanted,
      }
    }),
  }
}

/**
 * GET /api/needs. A visitor gets the counts of every public need; a signed-in staff member
 * (the admin's relationship pickers) gets Payload's own list, which this path would
 * otherwise hide.
 */
export const needsEndpoint: Endpoint = {
  path: '/',
  method: 'get',
  handler: async (req) => {
    if (req.user) return builtInHandler(req, 'needs', 'get')(req)
    return json(req, await publicNeedCounts(req), 200, { 'Cache-Control': 'no-store' })
  },
}
