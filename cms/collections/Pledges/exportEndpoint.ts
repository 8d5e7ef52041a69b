import type { Endpoint, Where } from 'payload'
import { hasRole } from '../../access/roles'
import { type CsvColumns, csvResponse } from '../../csv'
import { pledgeStatuses } from '../../../domain/needs'
import type { Pledge } from '../../payload-types'

const needName = (need: Pledge['need']) => (typeof need === 'object' && need ? need.name : need)

const columns: CsvColumns<Pledge> = [
  ['reference', (p) => p.reference],
  ['created_at', (p) => p.createdAt],
  ['need', (p) => needName(p.need)],
  ['quantity', (p) => p.quantity],
  ['status', (p) => p.status],
  ['quantity_received', (p) => p.quantityReceived ?? 0],
  ['expected_date', (p) => p.expectedDate?.slice(0, 10)],
  ['expires_at', (p) => p.expiresAt],
  ['name', (p) => p.name],
  ['email', (p) => p.email],
  ['phone', (p) => p.phone],
  ['language', (p) => p.locale],
  ['message', (p) => p.message],
  ['notes', (p) => p.notes],
]


/**
 * GET /api/pledges/export.csv[?status=pledged,partly-received]: the pledges with their
 * need (in Dutch), for the goods team's planning. Goods team and administrators only.
 */
export const exportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'goods')) return new Response('Forbidden', { status: 403 })
    const url = new URL(req.url ?? '', 'http://localhost')
    const wanted = (url.searchParams.get('status') ?? '').split(',').filter((s): s is Pledge['status'] => (pledgeStatuses as readonly string[]).includes(s))
    const where: Where = wanted.length > 0 ? { status: { in: wanted } } : {}
    const { docs } = await req.payload.find({ collection: 'pledges', where, sort: 'createdAt', pagination: false, depth: 1, locale: 'nl', overrideAccess: false, user: req.user, req })
    return csvResponse('pledges', columns, docs)
  },
}
