import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'
import type { LineStatus } from './lineStatus'

/**
 * Moves a statement line out of "to assign or ignore" in one conditional UPDATE, the first
 * write of the caller's transaction (as the pledge counters do, Pledges/counters.ts): of two
 * people assigning or ignoring the same line at once, one gets it and the other is told it
 * was handled. On PostgreSQL the row lock makes the second UPDATE re-check the committed
 * row; SQLite has one writer.
 */
type Drizzle = { update(table: unknown): { set(values: Record<string, unknown>): { where(condition: unknown): { returning(fields: Record<string, unknown>): Promise<Record<string, unknown>[]> } } } }
type Adapter = { drizzle: Drizzle; sessions: Record<string, { db: Drizzle } | undefined>; tables: Record<string, Record<string, unknown>> }

export async function claimLine(req: PayloadRequest, lineId: number, status: Exclude<LineStatus, 'to-review' | 'recorded'>): Promise<boolean> {
  const adapter = req.payload.db as unknown as Adapter
  const transactionId = req.transactionID ? await req.transactionID : undefined
  const db = (transactionId !== undefined ? adapter.sessions[String(transactionId)]?.db : undefined) ?? adapter.drizzle
  const line = adapter.tables.bank_statement_lines
  const rows = await db
    .update(line)
    .set({ status })
    .where(sql`${line.id} = ${lineId} AND ${line.status} = 'to-review'`)
    .returning({ id: line.id })
  return rows.length === 1
}
