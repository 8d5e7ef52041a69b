import type { TaskConfig } from 'payload'
import { purgeExpiredRetries } from './store'

/**
 * Queued every 10 minutes by the jobs queue's scheduler and run by its autoRun (on the CMS
 * server): a refused form nobody came back to is gone soon after its half hour, even when
 * no other visitor passes by to trigger anything.
 */
export const purgeFormRetriesTask: TaskConfig<{ input: Record<string, never>; output: { purged: number } }> = {
  slug: 'purge-form-retries',
  label: 'Remove refused forms kept for correction',
  outputSchema: [{ name: 'purged', type: 'number', required: true }],
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { purged: await purgeExpiredRetries(req.payload) } }),
}
