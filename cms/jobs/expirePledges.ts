import type { TaskConfig } from 'payload'
import { expireDuePledges } from '../collections/Pledges/expiry'

/**
 * Queued every 15 minutes by the jobs queue's scheduler and run by its autoRun (both on the
 * CMS server). Expiring is idempotent, so a late or repeated run does no harm.
 */
export const expirePledgesTask: TaskConfig<{ input: Record<string, never>; output: { expired: number } }> = {
  slug: 'expire-pledges',
  label: 'Expire pledges not brought in time',
  outputSchema: [{ name: 'expired', type: 'number', required: true }],
  schedule: [{ cron: '0 */15 * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { expired: await expireDuePledges(req.payload) } }),
}
