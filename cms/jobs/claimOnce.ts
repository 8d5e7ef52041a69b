import { sql } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, UpdateJobsArgs } from 'payload'

/**
 * Each queued job run once, however many CMS instances run the queue. Payload 3.90
 * claims jobs (`runJobs` → `updateJobs({ data: { processing: true } })`) by reading those
 * not being processed and then updating them by id, in a transaction under READ
 * COMMITTED: two runners reading at the same moment both see a job free and both take
 * it, so its email would go out twice. On PostgreSQL each claim here first takes a
 * transaction-scoped advisory lock: claims follow one another, and each one's read sees
 * the jobs the previous one took (committed when it let go of the lock). A claim takes
 * milliseconds, so runners hardly wait; running the jobs is not serialized. A claim of
 * one job by id (`runByID`) takes it only when no runner has it. SQLite needs none of
 * this: its CMS is one process whose writes go one at a time (cms/sqlite/).
 */
const claimLock = 0x6a7273_01 // any number no other advisory lock of this database uses: "jrs" and 1

type Session = { db: { execute(query: unknown): Promise<unknown> } }
type PostgresAdapter = BaseDatabaseAdapter & { sessions: Record<string, Session | undefined> }

export function claimJobsOnce(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init
  adapterObj.init = (args) => {
    const adapter = init(args) as PostgresAdapter
    const updateJobs = adapter.updateJobs
    adapter.updateJobs = async function claimOrUpdate(this: PostgresAdapter, jobsArgs: UpdateJobsArgs) {
      if (jobsArgs.data?.processing !== true) return updateJobs.call(this, jobsArgs)
      const own = jobsArgs.req?.transactionID ? undefined : await this.beginTransaction()
      const transactionID = own ?? (await jobsArgs.req!.transactionID!)
      try {
        const session = this.sessions[String(transactionID)]
        if (!session) throw new Error('A job claim needs its transaction.')
        await session.db.execute(sql`SELECT pg_advisory_xact_lock(${claimLock})`)
        const claim: UpdateJobsArgs =
          'id' in jobsArgs && jobsArgs.id !== undefined
            ? { data: jobsArgs.data, limit: 1, returning: jobsArgs.returning, req: { transactionID }, where: { and: [{ id: { equals: jobsArgs.id } }, { processing: { equals: false } }] } }
            : { ...jobsArgs, req: { transactionID } }
        const claimed = await updateJobs.call(this, claim)
        if (own) await this.commitTransaction(own)
        return claimed
      } catch (error) {
        if (own) await this.rollbackTransaction(own)
        throw error
      }
    }
    return adapter
  }
  return adapterObj
}
