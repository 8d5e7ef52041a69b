import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * The proof-of-work replay guard, in the database (the `spent-proofs` collection): a
 * solved challenge is spent by one INSERT that does nothing when its nonce is already
 * there, so of two requests carrying the same proof, on the same CMS instance or on two,
 * exactly one gets it. Both dialects take the same statement (see Pledges/counters.ts on
 * drizzle's `sql`). A row is needed only until its challenge expires, since no instance
 * accepts an expired challenge; expired rows are purged now and then as proofs are spent.
 */
type Returning = Promise<Record<string, unknown>[]>
type Drizzle = {
  insert(table: unknown): { values(row: Record<string, unknown>): { onConflictDoNothing(options: { target: unknown }): { returning(fields: Record<string, unknown>): Returning } } }
  delete(table: unknown): { where(condition: unknown): Promise<unknown> }
}
type Adapter = { drizzle: Drizzle; tables: Record<string, Record<string, unknown>> }

const purgeEveryMs = 10 * 60_000

/** True when this proof had not been spent: it is now. */
export async function spendProof(payload: Payload, nonce: string, expiresAt: Date): Promise<boolean> {
  const { drizzle, tables } = payload.db as unknown as Adapter
  const proofs = tables.spent_proofs!
  const rows = await drizzle.insert(proofs).values({ nonce, expiresAt: expiresAt.toISOString() }).onConflictDoNothing({ target: proofs.nonce }).returning({ id: proofs.id })
  purgeNowAndThen(payload)
  return rows.length > 0
}

/** Removes the proofs whose challenges have expired; answers nothing (a failure only delays it). */
export async function purgeSpentProofs(payload: Payload, now = new Date()): Promise<void> {
  const { drizzle, tables } = payload.db as unknown as Adapter
  const proofs = tables.spent_proofs!
  await drizzle.delete(proofs).where(sql`${proofs.expiresAt} < ${now.toISOString()}`)
}

function purgeNowAndThen(payload: Payload) {
  const shared = globalThis as typeof globalThis & { jrsProofsPurgedAt?: number }
  if (Date.now() - (shared.jrsProofsPurgedAt ?? 0) < purgeEveryMs) return
  shared.jrsProofsPurgedAt = Date.now()
  purgeSpentProofs(payload).catch((error) => payload.logger.warn({ err: error, msg: 'Could not purge expired proofs of work; trying again later.' }))
}
