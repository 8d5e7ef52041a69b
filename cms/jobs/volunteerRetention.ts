import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { closedStatuses } from '../../domain/volunteering/options'
import { volunteeringSettingsSlug } from '../globals/VolunteeringSettings'

export const volunteerRetentionTaskSlug = 'volunteerRetention'

type RetentionIO = { input: Record<string, never>; output: { deleted: number } }

/** The retention rule, in days, as the coordinator set it in the CMS. */
export async function retentionPeriods(payload: Payload, req?: PayloadRequest): Promise<{ weeks: number; futureRolesMonths: number }> {
  const settings = await payload.findGlobal({ slug: volunteeringSettingsSlug, depth: 0, overrideAccess: true, req })
  return { weeks: settings.retentionWeeks ?? 4, futureRolesMonths: settings.futureRolesMonths ?? 12 }
}

/**
 * Deletes declined, withdrawn and spam applications whose retention period has run out:
 * the set number of weeks after the decision, or months where the applicant agreed to be
 * kept for future roles. Deleting goes through the collection, so files and emails go too.
 */
export async function deleteExpiredApplications(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<number> {
  const { weeks, futureRolesMonths } = await retentionPeriods(payload, req)
  const shortCutoff = new Date(now.getTime() - weeks * 7 * 24 * 3600 * 1000)
  const longCutoff = new Date(now)
  longCutoff.setMonth(longCutoff.getMonth() - futureRolesMonths)
  const closed = { status: { in: [...closedStatuses] } }
  const { docs, errors } = await payload.delete({
    collection: 'volunteer-applications',
    where: {
      or: [
        { and: [closed, { keepForFutureRoles: { not_equals: true } }, { decidedAt: { less_than: shortCutoff.toISOString() } }] },
        { and: [closed, { keepForFutureRoles: { equals: true } }, { decidedAt: { less_than: longCutoff.toISOString() } }] },
      ],
    },
    overrideAccess: true,
    req,
  })
  // A bulk delete reports failures instead of throwing: fail the job so the queue tries again.
  if (errors.length > 0) throw new Error(`Could not delete ${errors.length} expired application(s): ${errors.map((e) => e.message).join('; ')}`)
  return docs.length
}

export const volunteerRetentionTask: TaskConfig<RetentionIO> = {
  slug: volunteerRetentionTaskSlug,
  label: 'Delete expired volunteer applications',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  // Every night; the jobs runner (the CMS server) queues it from this schedule.
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { deleted: await deleteExpiredApplications(req.payload, new Date(), req) } }),
}
