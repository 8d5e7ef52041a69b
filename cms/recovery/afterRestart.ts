import type { Payload } from 'payload'
import { privateFileStore } from '../storage/privateFiles'
import { deletePrivateFile, isStoredName } from '../volunteering/files'

/**
 * What a CMS process that died mid-work (a crash, a SIGKILL, a power cut) leaves behind,
 * put right when the next one starts, before it takes requests:
 * - jobs it had picked up stay marked "processing" and no runner ever takes them again, so
 *   their emails would never go out: hand them back to the queue (the send task itself
 *   skips a message already marked sent);
 * - an applicant's file written just before the crash, whose record was never committed:
 *   delete it (files are written durably before their record, so the reverse cannot happen),
 *   from the folder or the bucket, whichever holds them (cms/storage/privateFiles.ts).
 *
 * On SQLite one process is the only writer, so everything older than this process is
 * left over. On PostgreSQL other instances may be mid-request: only what has been
 * untouched for a while is.
 */
const otherInstancesGraceMs = 15 * 60_000

export type Recovered = { jobsReleased: number; filesRemoved: number }

export async function recoverAfterRestart(payload: Payload, startedAt = new Date()): Promise<Recovered> {
  const cutoff = payload.db.name === 'sqlite' ? startedAt : new Date(startedAt.getTime() - otherInstancesGraceMs)
  const jobsReleased = await releaseAbandonedJobs(payload, cutoff)
  const filesRemoved = await removeOrphanFiles(payload, cutoff)
  if (jobsReleased + filesRemoved > 0) {
    payload.logger.warn(`Recovered after a restart: ${jobsReleased} job(s) handed back to the queue, ${filesRemoved} orphan file(s) removed.`)
  }
  return { jobsReleased, filesRemoved }
}

async function releaseAbandonedJobs(payload: Payload, cutoff: Date): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff.toISOString() } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

async function removeOrphanFiles(payload: Payload, cutoff: Date): Promise<number> {
  // Listed before the records are read: a file stored after this point is not looked at,
  // and one stored before is either named by a committed record below or an orphan.
  const candidates: string[] = []
  for await (const { name, modifiedAt } of privateFileStore().list()) {
    if (isStoredName(name) && modifiedAt < cutoff) candidates.push(name)
  }
  if (candidates.length === 0) return 0
  const { docs } = await payload.find({
    collection: 'volunteer-applications',
    select: { cv: true, motivationFile: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const referenced = new Set(docs.flatMap((doc) => [doc.cv?.storedName, doc.motivationFile?.storedName]).filter(Boolean))
  let removed = 0
  for (const name of candidates) {
    if (referenced.has(name)) continue
    await deletePrivateFile(name)
    removed++
  }
  return removed
}
