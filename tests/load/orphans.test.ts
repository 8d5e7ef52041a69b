import net from 'node:net'
import { afterAll, expect, it } from 'vitest'
import { adminToken, api } from './support/burst'
import { type Stack, startStack } from './support/stack'
import { checkoutBody, jsonPost, send } from './support/visitors'

/**
 * However `npm start` ends, nothing it started keeps running: killed with SIGKILL (it can
 * catch nothing), its CMS, site server, mail catcher and Stripe stand-in stop by
 * themselves, free their ports and the database, and a new `npm start` comes up on the
 * same ports with the same data.
 */
let stack: Stack | undefined

afterAll(async () => {
  await stack?.stop()
}, 60_000)

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

it('leaves nothing running after a SIGKILL, and starts again on the same ports and data', async () => {
  stack = await startStack('sqlite', { name: 'orphans' })
  const first = await send('checkout-once', `${stack.cmsUrl}/api/donations/checkout`, jsonPost(checkoutBody('once', 1, 2500)))
  expect(first.status).toBe(200)
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

  stack = await startStack('sqlite', { name: 'orphans', keepData: true })
  const token = await adminToken(stack.cmsUrl)
  const donations = await api<{ totalDocs: number }>(stack.cmsUrl, token, '/api/donations?limit=1&depth=0')
  expect(donations.totalDocs).toBe(1)
  const again = await send('checkout-once', `${stack.cmsUrl}/api/donations/checkout`, jsonPost(checkoutBody('once', 2, 2500)))
  expect(again.status).toBe(200)
}, 900_000)
