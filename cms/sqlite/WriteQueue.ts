/**
 * Turns for the one SQLite writer of this process, first come first served.
 *
 * Waiting is bounded so that a request never hangs without an answer, and a turn that is
 * never handed back (a transaction its request abandoned) is taken back by the holder's
 * own watchdog (see SerializedSqliteClient), so the queue always moves.
 */
export class WriteQueue {
  private held = false
  private readonly waiting: Array<{ grant: () => void; timer: NodeJS.Timeout }> = []

  constructor(private readonly maxWaitMs: number) {}

  /** Resolves with a release function once this caller holds the writer. */
  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer)
          resolve(this.releaser())
        },
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry)
          if (index >= 0) this.waiting.splice(index, 1)
          reject(new SqliteBusyError(`waited ${this.maxWaitMs} ms for the database writer`))
        }, this.maxWaitMs),
      }
      this.waiting.push(entry)
    })
  }

  /** A release that works once, however often it is called. */
  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) next.grant()
      else this.held = false
    }
  }
}

/** Shaped like libsql's own SQLITE_BUSY error, so callers that look at `code` read it alike. */
export class SqliteBusyError extends Error {
  readonly code = 'SQLITE_BUSY'
  constructor(reason: string) {
    super(`SQLITE_BUSY: ${reason}`)
    this.name = 'SqliteBusyError'
  }
}
