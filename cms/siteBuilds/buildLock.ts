import type { Pool, PoolClient } from 'pg'

/**
 * One site build at a time. On PostgreSQL, across every CMS instance (and `npm run
 * build`): a session advisory lock, held on a connection of its own for the length of
 * the build; if the process dies, PostgreSQL ends the session and the lock with it, so no
 * lock outlives its holder. On SQLite the CMS is one process: a flag in its memory.
 */
export type BuildLock = {
  /** Takes the lock if it is free; false when another build holds it. */
  tryAcquire(): Promise<boolean>
  /** Waits for the lock. */
  acquire(): Promise<void>
  release(): Promise<void>
}

/** Any number no other advisory lock of this database uses: "jrs" and 2. */
export const siteBuildLockKey = 0x6a7273_02

export function postgresBuildLock(pool: Pick<Pool, 'connect'>): BuildLock {
  let held: PoolClient | undefined
  // A held connection that breaks (the server restarted, a network cut) has lost the lock with it; without a
  // listener its error would end the process.
  const lost = () => undefined
  const take = async (statement: string) => {
    const client = await pool.connect()
    client.on('error', lost)
    try {
      const { rows } = await client.query<{ locked: boolean | null }>(`SELECT ${statement}($1) AS locked`, [siteBuildLockKey])
      // pg_advisory_lock answers void (null): it returns only once the lock is ours.
      if (rows[0]?.locked === false) {
        client.off('error', lost)
        client.release()
        return false
      }
      held = client
      return true
    } catch (error) {
      client.off('error', lost)
      client.release(error as Error)
      throw error
    }
  }
  return {
    tryAcquire: () => take('pg_try_advisory_lock'),
    acquire: async () => {
      await take('pg_advisory_lock')
    },
    release: async () => {
      const client = held
      held = undefined
      if (!client) return
      try {
        await client.query('SELECT pg_advisory_unlock($1)', [siteBuildLockKey])
        client.off('error', lost)
        client.release()
      } catch (error) {
        // The connection is broken, and its lock went with it: drop it from the pool.
        client.off('error', lost)
        client.release(error as Error)
      }
    },
  }
}

const processLock = { held: false, waiting: [] as (() => void)[] }

export function processBuildLock(): BuildLock {
  let mine = false
  return {
    tryAcquire: async () => {
      if (processLock.held) return false
      processLock.held = mine = true
      return true
    },
    acquire: async () => {
      while (processLock.held) await new Promise<void>((resolve) => processLock.waiting.push(resolve))
      processLock.held = mine = true
    },
    release: async () => {
      if (!mine) return
      mine = processLock.held = false
      processLock.waiting.shift()?.()
    },
  }
}
