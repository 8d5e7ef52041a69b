import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkBurst, checkEmailsDelivered, type Prepared, prepareBurst, sendBurst } from './support/burst'
import { type Database, type Stack, startStack } from './support/stack'
import type { Answer } from './support/visitors'

/**
 * A burst of 300+ mixed requests at the same moment, against the app started as
 * `npm start` starts it, on the embedded SQLite database and on PostgreSQL: every valid
 * request accepted, every record stored once, every email queued and sent once, the
 * fundraising total exact to the cent, no 5xx, and the database still taking writes.
 */
const databases: Database[] = ['sqlite', 'postgres']

describe.each(databases)('a burst of visitors on %s', (database) => {
  let stack: Stack
  let prepared: Prepared
  let answers: Answer[]

  beforeAll(async () => {
    stack = await startStack(database)
    prepared = await prepareBurst(stack)
  }, 900_000)
  afterAll(async () => {
    await stack?.stop()
  }, 60_000)

  it('accepts every valid request and stores each exactly once', async () => {
    const burst = await sendBurst(stack, prepared)
    answers = burst.answers
    expect(answers.length).toBeGreaterThanOrEqual(300)
    const problems = await checkBurst(stack, prepared, answers)
    expect(problems, stack.log().slice(-3000)).toEqual([])
  }, 600_000)

  it('sends every queued email exactly once', async () => {
    expect(answers, 'the burst ran').toBeDefined()
    expect(await checkEmailsDelivered(stack, prepared.token)).toEqual([])
  }, 300_000)
})
