import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, checkBurst, checkEmailsDelivered, countAll, type Prepared, prepareBurst, raisedCents, sendBurst } from './support/burst'
import { type Database, type Stack, startStack } from './support/stack'
import { type Answer, checkoutBody, jsonPost, send } from './support/visitors'

/**
 * A burst of 300+ mixed requests at the same moment, against the app started as
 * `npm start` starts it, on the embedded SQLite database and on PostgreSQL: every valid
 * request accepted, every record stored once, every email queued and sent once, the
 * fundraising total exact to the cent, no 5xx, and the database still taking writes.
 * Then, on SQLite (whose file a survivor would keep locked), `npm start` killed with
 * SIGKILL: everything it started stops by itself and frees its ports, and a new
 * `npm start` comes up on the same ports with every record of the burst.
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

  it.runIf(database === 'sqlite')('leaves nothing running after a SIGKILL of `npm start`, and starts again on the same ports and data', async () => {
    expect(answers, 'the burst ran').toBeDefined()
    const before = { counts: await countAll(stack.cmsUrl, prepared.token), raised: await raisedCents(stack.cmsUrl) }
    const ports = [stack.cmsUrl, stack.siteUrl, stack.stripeUrl].map((url) => Number(new URL(url).port))

    await stack.killStart!()
    const deadline = Date.now() + 20_000
    let free: boolean[] = []
    while (Date.now() < deadline) {
      free = await Promise.all(ports.map(portIsFree))
      if (free.every(Boolean)) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(free, `ports ${ports.join(', ')} free`).toEqual(ports.map(() => true))
    await stack.stop() // its test SMTP server

    stack = await startStack(database, { keepData: true })
    const token = await adminToken(stack.cmsUrl)
    expect({ counts: await countAll(stack.cmsUrl, token), raised: await raisedCents(stack.cmsUrl) }).toEqual(before)
    const again = await send('checkout-once', `${stack.cmsUrl}/api/donations/checkout`, jsonPost(checkoutBody('once', 10_000, 2500)))
    expect(again.status).toBe(200)
  }, 900_000)
})

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}
