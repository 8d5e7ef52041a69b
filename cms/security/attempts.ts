import pg from 'pg'
import { databaseUrl, usesPostgres } from '../env'
import { DatabaseAttemptLog } from './databaseAttempts'

/** At most `max` attempts in any `windowMs`. */
export type Allowance = { max: number; windowMs: number }

/**
 * Where attempts are counted: on PostgreSQL in the database, which every CMS instance on
 * it shares (databaseAttempts.ts); on SQLite, where the CMS is one process, in its memory
 * (MemoryAttemptLog).
 */
export interface AttemptLog {
  /** How long until `key` may make another attempt (0: now). Records nothing. */
  waitMs(key: string, allowance: Allowance, now: number): Promise<number>
  /** Records an attempt if the allowance has room and answers 0, else answers the wait: one step, so concurrent requests cannot all slip through. */
  take(key: string, allowance: Allowance, now: number): Promise<number>
  /** Forgets the latest attempt recorded under `key`: one that turned out not to count. */
  giveBack(key: string, allowance: Allowance): Promise<void>
}

export class MemoryAttemptLog implements AttemptLog {
  private readonly attempts = new Map<string, { times: number[]; windowMs: number }>()

  constructor(private readonly maxKeys = 50_000) {}

  async waitMs(key: string, allowance: Allowance, now: number): Promise<number> {
    return this.wait(this.recent(key, allowance, now), allowance, now)
  }

  async take(key: string, allowance: Allowance, now: number): Promise<number> {
    const times = this.recent(key, allowance, now)
    const wait = this.wait(times, allowance, now)
    if (wait === 0) {
      times.push(now)
      this.attempts.set(key, { times, windowMs: allowance.windowMs })
      if (this.attempts.size > this.maxKeys) this.forgetIdle(now)
    }
    return wait
  }

  async giveBack(key: string): Promise<void> {
    this.attempts.get(key)?.times.pop()
  }

  private recent(key: string, { windowMs }: Allowance, now: number): number[] {
    return (this.attempts.get(key)?.times ?? []).filter((time) => now - time < windowMs)
  }

  /** Until the oldest attempt that still counts leaves the window. */
  private wait(times: number[], { max, windowMs }: Allowance, now: number): number {
    if (times.length < max) return 0
    return Math.max(1, times[times.length - max] + windowMs - now)
  }

  private forgetIdle(now: number) {
    for (const [key, { times, windowMs }] of this.attempts) if (times.every((time) => now - time >= windowMs)) this.attempts.delete(key)
    // Still full (a flood of distinct visitors through a trusted proxy): forget the oldest keys rather than grow
    // without end, and leave some room, so the next sweep is thousands of attempts away.
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= this.maxKeys * 0.9) break
      this.attempts.delete(key)
    }
  }
}

/** The process's log, made on first use: a small pool of its own, since a form's limits are checked before Payload is involved. */
function sharedLog(): AttemptLog {
  const shared = globalThis as typeof globalThis & { jrsAttemptLog?: AttemptLog }
  if (!shared.jrsAttemptLog) {
    if (usesPostgres) {
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, idleTimeoutMillis: 30_000 })
      // An idle connection dropped by the server must not bring the CMS down; the next query opens another.
      pool.on('error', () => undefined)
      shared.jrsAttemptLog = new DatabaseAttemptLog(pool)
    } else {
      shared.jrsAttemptLog = new MemoryAttemptLog()
    }
  }
  return shared.jrsAttemptLog
}

/**
 * A public form's limits per visitor. Attempts that pass validation are few (each may
 * store a record, queue emails or open a payment); attempts refused for their input have
 * a much larger allowance of their own, so someone correcting their mistakes is never
 * locked out, while a robot sending garbage still is.
 */
export class FormLimits {
  constructor(
    private readonly form: string,
    private readonly allowances: { accepted: Allowance; refused: Allowance },
    private readonly ownLog?: AttemptLog,
  ) {}

  private get log(): AttemptLog {
    return this.ownLog ?? sharedLog()
  }

  /** Before anything is read: how long this visitor must wait (0: they may go on). */
  async wait(visitor: string, now = Date.now()): Promise<number> {
    const [accepted, refused] = await Promise.all([
      this.log.waitMs(this.key('accepted', visitor), this.allowances.accepted, now),
      this.log.waitMs(this.key('refused', visitor), this.allowances.refused, now),
    ])
    return Math.max(accepted, refused)
  }

  /** An attempt that passed validation takes one of the few; answers the wait when none is left. */
  async takeAccepted(visitor: string, now = Date.now()): Promise<number> {
    return this.log.take(this.key('accepted', visitor), this.allowances.accepted, now)
  }

  /** An attempt refused for its input counts against the larger allowance only. */
  async countRefused(visitor: string, { tookAccepted = false } = {}, now = Date.now()): Promise<void> {
    if (tookAccepted) await this.log.giveBack(this.key('accepted', visitor), this.allowances.accepted)
    await this.log.take(this.key('refused', visitor), this.allowances.refused, now)
  }

  private key(kind: 'accepted' | 'refused', visitor: string) {
    return `${this.form}:${kind}:${visitor}`
  }
}
