import type { Pool } from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import type { Allowance, AttemptLog } from './attempts'

/**
 * Attempts counted in PostgreSQL, so that every CMS instance behind the load balancer
 * sees the same counts: a visitor over the limit on one is over it on all. The counting
 * is rate-limiter-flexible's (fixed windows: a key's first attempt opens a window of the
 * allowance's length, and the wait it answers is the time until that window closes), on
 * the `rate_limits` table that the `rate-limits` collection's migrations make. Its own
 * Postgres store writes to a table of its own making, by column position; this one only
 * names the columns of ours (key, points, expires_at).
 */
const table = '"rate_limits"'

type Row = { points: number; expire: number | null }
type Query = { name?: string; text: string; values?: unknown[] }
type StoreInternals = { _query(query: Query): Promise<{ rows: Row[]; rowCount: number | null }> }

class RateLimitsTable extends RateLimiterPostgres {
  private run(query: Query) {
    return (this as unknown as StoreInternals)._query(query)
  }

  /** Adds `points` to the key's count within its window, or starts a new window: one statement, so concurrent attempts on any instance all count. */
  _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const now = Date.now()
    const newExpire = msDuration > 0 ? now + msDuration : null
    const expired = `(${table}.expires_at IS NOT NULL AND ${table}.expires_at <= to_timestamp($4::float8 / 1000))`
    return this.run({
      name: forceExpire ? 'jrs-upsert-force' : 'jrs-upsert',
      text: `
        INSERT INTO ${table} (key, points, expires_at) VALUES ($1, $2, to_timestamp($3::float8 / 1000))
        ON CONFLICT (key) DO UPDATE SET
          points = CASE WHEN ${expired} OR ${forceExpire ? 'TRUE' : 'FALSE'} THEN $2 ELSE ${table}.points + $2 END,
          expires_at = CASE WHEN ${expired} OR ${forceExpire ? 'TRUE' : 'FALSE'} THEN to_timestamp($3::float8 / 1000) ELSE ${table}.expires_at END,
          updated_at = now()
        RETURNING points::float8 AS points, (extract(epoch FROM expires_at) * 1000)::float8 AS expire`,
      values: [key, points, newExpire, now],
    })
  }

  _get(key: string) {
    return this.run({
      name: 'jrs-get',
      text: `SELECT points::float8 AS points, (extract(epoch FROM expires_at) * 1000)::float8 AS expire FROM ${table}
             WHERE key = $1 AND (expires_at IS NULL OR expires_at > to_timestamp($2::float8 / 1000))`,
      values: [key, Date.now()],
    }).then((result) => (result.rowCount ? result : null))
  }

  _delete(key: string) {
    return this.run({ name: 'jrs-delete', text: `DELETE FROM ${table} WHERE key = $1`, values: [key] }).then((result) => (result.rowCount ?? 0) > 0)
  }

  /** Run every five minutes by the library for rows expired an hour ago; a failure only delays it. */
  clearExpired(expire: number) {
    return this.run({ name: 'jrs-clear-expired', text: `DELETE FROM ${table} WHERE expires_at < to_timestamp($1::float8 / 1000)`, values: [expire] }).then(
      () => undefined,
      () => undefined,
    )
  }
}

export class DatabaseAttemptLog implements AttemptLog {
  private readonly limiters = new Map<string, RateLimiterPostgres>()

  constructor(private readonly pool: Pool) {}

  private limiter({ max, windowMs }: Allowance): RateLimiterPostgres {
    const id = `${max}/${windowMs}`
    let limiter = this.limiters.get(id)
    if (!limiter) {
      const duration = windowMs / 1000
      limiter = new RateLimitsTable({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        keyPrefix: '',
        points: max,
        duration,
        // The database out of reach for a moment: count in this instance's memory meanwhile rather than refuse everyone.
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: '', points: max, duration }),
      })
      this.limiters.set(id, limiter)
    }
    return limiter
  }

  /** The clock is the database's and Date.now(): `now` is for the in-memory log's tests. */
  async waitMs(key: string, allowance: Allowance): Promise<number> {
    const state = await this.limiter(allowance).get(key)
    return state && state.consumedPoints >= allowance.max ? Math.max(1, state.msBeforeNext) : 0
  }

  async take(key: string, allowance: Allowance): Promise<number> {
    try {
      await this.limiter(allowance).consume(key)
      return 0
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, refusal.msBeforeNext)
      throw refusal
    }
  }

  async giveBack(key: string, allowance: Allowance): Promise<void> {
    await this.limiter(allowance).reward(key, 1)
  }
}
