import type { Endpoint } from 'payload'
import { json } from '../../http'
import { cachedProgress } from '../../payments/progressCache'

/** GET /api/donations/progress: { goalCents, raisedCents, donors, currency, year }, public, cached briefly. */
export const progressEndpoint: Endpoint = {
  path: '/progress',
  method: 'get',
  // Browsers ask again each time (a donor back from paying must see the new total); a CDN may keep it 30 s.
  handler: async (req) => json(req, await cachedProgress(req.payload), 200, { 'Cache-Control': 'public, max-age=0, s-maxage=30' }),
}
