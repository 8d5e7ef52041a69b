import type { Payload, TypedUser } from 'payload'
import type { Locale } from '../../domain/locales'
import type { ApplicationStatus, ApplicationTrack } from '../../domain/volunteering/options'
import { as, dayMs } from './access'

/** The statuses of an application still in the coordinator's hands, in the order it moves through them. */
export const waitingStatuses = ['new', 'contacted', 'interview-planned', 'in-training'] as const satisfies readonly ApplicationStatus[]
export type WaitingStatus = (typeof waitingStatuses)[number]

export type ApplicationLine = { id: number | string; name: string; track: ApplicationTrack; roleTitle?: string; createdAt: string }
export type ApplicationsSummary = {
  byStatus: Record<WaitingStatus, number>
  /** New for longer than `waitingDays`: nobody has looked at them yet. */
  waitingLong: number
  waitingDays: number
  /** New ones sent from a browser without script: no proof of work, so a person must check them. */
  withoutScript: number
  newest: ApplicationLine[]
}

/** The volunteer coordinator: applications waiting, by status, and the newest ones (hosts and volunteers told apart). */
export async function applicationsSummary(payload: Payload, user: TypedUser, options: { locale: Locale; now?: Date; waitingDays?: number; newest?: number }): Promise<ApplicationsSummary> {
  const now = options.now ?? new Date()
  const waitingDays = options.waitingDays ?? 7
  const count = (where: Parameters<Payload['count']>[0]['where']) => payload.count({ collection: 'volunteer-applications', where, ...as(user) }).then((result) => result.totalDocs)
  const [counts, waitingLong, withoutScript, newest] = await Promise.all([
    Promise.all(waitingStatuses.map((status) => count({ status: { equals: status } }))),
    count({ and: [{ status: { equals: 'new' } }, { createdAt: { less_than: new Date(now.getTime() - waitingDays * dayMs).toISOString() } }] }),
    count({ and: [{ status: { equals: 'new' } }, { sentWithoutScript: { equals: true } }] }),
    payload.find({
      collection: 'volunteer-applications',
      where: { status: { equals: 'new' } },
      sort: '-createdAt',
      limit: options.newest ?? 8,
      depth: 1,
      locale: options.locale,
      select: { name: true, track: true, role: true, createdAt: true },
      ...as(user),
    }),
  ])
  return {
    byStatus: Object.fromEntries(waitingStatuses.map((status, index) => [status, counts[index]])) as Record<WaitingStatus, number>,
    waitingLong,
    waitingDays,
    withoutScript,
    newest: newest.docs.map((doc) => ({
      id: doc.id,
      name: doc.name,
      track: (doc.track ?? 'standard') as ApplicationTrack,
      roleTitle: typeof doc.role === 'object' && doc.role ? String(doc.role.title ?? '') || undefined : undefined,
      createdAt: doc.createdAt,
    })),
  }
}
