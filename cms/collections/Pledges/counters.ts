import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'
import { type Contribution, type NeedCounts, needCountsOf, type PledgeState, type PledgeStatus } from '../../../domain/needs'

/**
 * The need counters, changed in single SQL statements so that the check and the write
 * cannot be separated by another request: on PostgreSQL the row lock of an UPDATE makes
 * a second one re-check its condition against the committed row; SQLite runs one writer
 * at a time. Both dialects take the same query (drizzle's `sql` is dialect-neutral, and
 * the adapters' drizzle-orm copies are the same version).
 */
type Returning = Promise<Record<string, unknown>[]>
type UpdateBuilder = { set(values: Record<string, unknown>): { where(condition: unknown): { returning(fields: Record<string, unknown>): Returning } } }
type Drizzle = { update(table: unknown): UpdateBuilder }
type Column = unknown
type Adapter = {
  drizzle: Drizzle
  sessions: Record<string, { db: Drizzle } | undefined>
  tables: Record<string, Record<string, Column>>
}

/** The request's own transaction when it has one, so the counters move with the record. */
async function database(req: PayloadRequest): Promise<{ db: Drizzle; tables: Adapter['tables'] }> {
  const adapter = req.payload.db as unknown as Adapter
  const transactionId = req.transactionID ? await req.transactionID : undefined
  const session = transactionId !== undefined ? adapter.sessions[String(transactionId)] : undefined
  return { db: session?.db ?? adapter.drizzle, tables: adapter.tables }
}

const counts = (row: Record<string, unknown>): NeedCounts & { status: string } => ({ ...needCountsOf(row), status: String(row.status) })

function needColumns(need: Record<string, Column>) {
  return { quantityNeeded: need.quantityNeeded, quantityPledged: need.quantityPledged, quantityReceived: need.quantityReceived, status: need.status }
}

/**
 * Takes `quantity` items of an open need for a new pledge, if that many are still
 * wanted (a need without a set quantity takes any: see stillWanted in domain/needs.ts):
 * the condition and the increment are one UPDATE. Undefined when refused.
 */
export async function reserve(req: PayloadRequest, needId: number | string, quantity: number) {
  const { db, tables } = await database(req)
  const need = tables.needs
  const rows = await db
    .update(need)
    .set({ quantityPledged: sql`${need.quantityPledged} + ${quantity}` })
    .where(
      sql`${need.id} = ${needId} AND ${need.status} = 'open' AND (${need.quantityNeeded} IS NULL OR ${need.quantityNeeded} - ${need.quantityPledged} - ${need.quantityReceived} >= ${quantity})`,
    )
    .returning(needColumns(need))
  return rows[0] ? counts(rows[0]) : undefined
}

/**
 * Moves a pledge's change of status into its need. Received items reaching the quantity
 * needed make an open need fulfilled; a correction below it opens it again (a closed
 * need stays closed). Without a set quantity there is nothing to reach (a comparison
 * with NULL is never true), so such a need stays as it is.
 */
export async function shift(req: PayloadRequest, needId: number | string, delta: Contribution) {
  if (delta.pledged === 0 && delta.received === 0) return undefined
  const { db, tables } = await database(req)
  const need = tables.needs
  const received = sql`${need.quantityReceived} + ${delta.received}`
  const rows = await db
    .update(need)
    .set({
      quantityPledged: sql`CASE WHEN ${need.quantityPledged} + ${delta.pledged} < 0 THEN 0 ELSE ${need.quantityPledged} + ${delta.pledged} END`,
      quantityReceived: received,
      status: sql`CASE WHEN ${need.status} = 'open' AND ${received} >= ${need.quantityNeeded} THEN 'fulfilled' WHEN ${need.status} = 'fulfilled' AND ${received} < ${need.quantityNeeded} THEN 'open' ELSE ${need.status} END`,
    })
    .where(sql`${need.id} = ${needId}`)
    .returning(needColumns(need))
  return rows[0] ? counts(rows[0]) : undefined
}

/**
 * The pledge as committed right now, with its row locked for the rest of the
 * transaction: a status change (by staff, or by expiry) is worked out from this, not
 * from a copy read earlier, so two changes at once cannot both move the counters.
 */
export async function lockPledge(req: PayloadRequest, id: number | string): Promise<(PledgeState & { need: number | string }) | undefined> {
  const { db, tables } = await database(req)
  const pledge = tables.pledges
  const rows = await db
    .update(pledge)
    .set({ status: sql`${pledge.status}` })
    .where(sql`${pledge.id} = ${id}`)
    .returning({ status: pledge.status, quantity: pledge.quantity, quantityReceived: pledge.quantityReceived, need: pledge.need })
  const row = rows[0]
  if (!row) return undefined
  return {
    status: String(row.status) as PledgeStatus,
    quantity: Number(row.quantity),
    quantityReceived: Number(row.quantityReceived ?? 0),
    need: row.need as number | string,
  }
}
