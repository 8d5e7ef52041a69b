import { type Client, createClient, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'
import { SqliteBusyError, WriteQueue } from './WriteQueue'

/**
 * One writer at a time for the embedded SQLite database, so that a burst of requests
 * queues instead of failing.
 *
 * Why this is needed: libsql runs every statement synchronously on Node's event loop, and
 * opens a fresh connection for each transaction. With two transactions open at once, the
 * second one's BEGIN IMMEDIATE (or a plain write) waits for SQLite's file lock *while
 * blocking the event loop*, so the first one can never reach its COMMIT: the wait ends in
 * SQLITE_BUSY after busy_timeout, or in SQLITE_BUSY_SNAPSHOT. A transaction whose request
 * was abandoned keeps the lock forever, and every later write fails.
 *
 * So, in this process:
 * - every transaction and every write outside one runs on a single writer connection,
 *   one after the other, in the order they asked (WriteQueue); BEGIN IMMEDIATE then never
 *   waits for this process, and SQLITE_BUSY_SNAPSHOT cannot happen;
 * - a transaction takes its turn at its first statement, not when it is opened, so work
 *   done before it touches the database (Payload's guard against password-reset floods,
 *   which writes outside the request's transaction) does not wait for itself;
 * - reads outside a transaction stay on the shared connection and never wait (WAL);
 * - a transaction left idle for `maxIdleMs` (its request died or forgot to end it) is
 *   rolled back and its turn handed on, so nothing stays stuck.
 * Other processes (the site build, a seed) still meet the file lock, and wait for it with
 * busy_timeout as before.
 */
export type SerializedSqliteOptions = {
  url: string
  busyTimeoutMs: number
  /** How long a write may wait for its turn before it fails with SQLITE_BUSY. */
  maxWaitMs?: number
  /** How long a transaction may sit without a statement before it is rolled back. */
  maxIdleMs?: number
  onAbandoned?: (idleMs: number) => void
}

type Writer = { client: Client; queue: WriteQueue; options: Required<Omit<SerializedSqliteOptions, 'onAbandoned'>> & Pick<SerializedSqliteOptions, 'onAbandoned'> }

const serialized = new WeakSet<Client>()

/** Routes `client`'s writes and transactions through one writer connection, in place. */
export async function serializeWrites(client: Client, options: SerializedSqliteOptions): Promise<void> {
  if (serialized.has(client)) return
  serialized.add(client)
  const writerClient = createClient({ url: options.url })
  await writerClient.execute(`PRAGMA busy_timeout = ${options.busyTimeoutMs};`)
  // Durability of a commit is a property of the connection that makes it.
  await writerClient.execute('PRAGMA synchronous = FULL;')
  const writer: Writer = {
    client: writerClient,
    queue: new WriteQueue(options.maxWaitMs ?? 60_000),
    options: { maxWaitMs: 60_000, maxIdleMs: 30_000, ...options },
  }

  const read = { execute: client.execute.bind(client), batch: client.batch.bind(client) }
  const close = client.close.bind(client)

  Object.assign(client, {
    execute: (stmt: InStatement | string, args?: unknown) => {
      const statement = typeof stmt === 'string' ? { sql: stmt, args: (args ?? []) as never } : stmt
      if (isRead(statement)) return read.execute(statement)
      return withTurn(writer, () => writer.client.execute(statement))
    },
    batch: (stmts: InStatement[], mode?: TransactionMode) =>
      // A batch that writes takes the lock up front (BEGIN IMMEDIATE): a deferred one could find
    // another process's commit in its way halfway (SQLITE_BUSY_SNAPSHOT).
    mode === 'read' ? read.batch(stmts, mode) : withTurn(writer, () => writer.client.batch(stmts, 'write')),
    executeMultiple: (sql: string) => withTurn(writer, () => writer.client.executeMultiple(sql)),
    migrate: (stmts: InStatement[]) => withTurn(writer, () => writer.client.migrate(stmts)),
    transaction: async (mode?: TransactionMode): Promise<Transaction> => new QueuedTransaction(writer, mode === 'read' ? 'deferred' : 'immediate'),
    close: () => {
      writerClient.close()
      close()
    },
  } satisfies Partial<Client>)
}

async function withTurn<T>(writer: Writer, work: () => Promise<T>): Promise<T> {
  const release = await writer.queue.acquire()
  try {
    return await work()
  } finally {
    release()
  }
}

/** A statement that only reads, judged by its first word (anything unsure counts as a write). */
function isRead(statement: InStatement): boolean {
  const sql = (typeof statement === 'string' ? statement : statement.sql).trimStart().slice(0, 64).toLowerCase()
  if (sql.startsWith('select') || sql.startsWith('explain')) return true
  // A PRAGMA that reads (`PRAGMA journal_mode;`) or sets the shared connection's own options.
  return sql.startsWith('pragma')
}

/**
 * A transaction on the writer connection that takes its turn at its first statement and
 * hands it on at its end, whichever way it ends.
 */
class QueuedTransaction implements Transaction {
  private state: 'waiting' | 'open' | 'ended' = 'waiting'
  private turn: Promise<void> | undefined
  private release: (() => void) | undefined
  private idleTimer: NodeJS.Timeout | undefined
  private abandoned = false

  constructor(
    private readonly writer: Writer,
    private readonly begin: 'immediate' | 'deferred',
  ) {}

  get closed(): boolean {
    return this.state === 'ended'
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    return this.run(() => this.writer.client.execute(stmt))
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.run(async () => {
      const results: ResultSet[] = []
      for (const stmt of stmts) results.push(await this.writer.client.execute(stmt))
      return results
    })
  }

  executeMultiple(sql: string): Promise<void> {
    return this.run(() => this.writer.client.executeMultiple(sql))
  }

  async commit(): Promise<void> {
    if (this.state === 'waiting' && !this.turn) return this.end()
    await this.turn
    this.ensureOpen()
    try {
      await this.writer.client.execute('COMMIT')
    } catch (error) {
      await this.writer.client.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      this.end()
    }
  }

  async rollback(): Promise<void> {
    if (this.state === 'waiting' && !this.turn) return this.end()
    await this.turn?.catch(() => undefined)
    if (this.state === 'open') await this.writer.client.execute('ROLLBACK').catch(() => undefined)
    this.end()
  }

  close(): void {
    if (this.state === 'open') void this.rollback()
    else if (this.state === 'waiting' && !this.turn) this.end()
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    this.turn ??= this.takeTurn()
    await this.turn
    this.ensureOpen()
    this.watchIdle(false)
    try {
      return await work()
    } finally {
      if (this.state === 'open') this.watchIdle(true)
    }
  }

  private async takeTurn(): Promise<void> {
    this.release = await this.writer.queue.acquire()
    try {
      await this.writer.client.execute(this.begin === 'immediate' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED')
      this.state = 'open'
      this.watchIdle(true)
    } catch (error) {
      this.end()
      throw error
    }
  }

  private ensureOpen() {
    if (this.state === 'open') return
    throw this.abandoned
      ? new SqliteBusyError(`the transaction was rolled back after ${this.writer.options.maxIdleMs} ms without a statement`)
      : Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
  }

  /** Arms (or disarms) the rollback of a transaction that has stopped using its turn. */
  private watchIdle(arm: boolean) {
    clearTimeout(this.idleTimer)
    if (!arm) return
    const { maxIdleMs } = this.writer.options
    this.idleTimer = setTimeout(() => {
      if (this.state !== 'open') return
      this.abandoned = true
      this.writer.options.onAbandoned?.(maxIdleMs)
      void this.writer.client
        .execute('ROLLBACK')
        .catch(() => undefined)
        .finally(() => this.end())
    }, maxIdleMs)
    this.idleTimer.unref()
  }

  private end() {
    clearTimeout(this.idleTimer)
    this.state = 'ended'
    this.release?.()
    this.release = undefined
  }
}
