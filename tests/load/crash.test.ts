import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { api, burstRequests, checkEmailsDelivered, type Prepared, prepareBurst } from './support/burst'
import { type CrashableStack, startCrashableStack } from './support/cmsProcess'
import type { Answer } from './support/visitors'

/**
 * The CMS killed with SIGKILL in the middle of a burst, then started again on the same
 * data: nothing that was answered 2xx is lost, no applicant's file is left without its
 * record nor a record without its file, the wishlist's counts match its pledges, and
 * every queued email goes out exactly once after the restart.
 */
let stack: CrashableStack
let prepared: Prepared

beforeAll(async () => {
  stack = await startCrashableStack()
  prepared = await prepareBurst(stack, { applications: 40, pledges: 40, itemsLeft: 25, checkoutsOnce: 30, checkoutsMonthly: 10, paidOnce: 20, paidMonthly: 10 })
}, 900_000)
afterAll(async () => {
  await stack?.stop()
}, 60_000)

it('keeps everything it acknowledged through a SIGKILL mid-burst, and sends each email once', async () => {
  const answers: Answer[] = []
  const requests = burstRequests(stack, prepared, 7).map((request) => request().then((got) => answers.push(...got)))
  // Kill once part of the burst has been answered and the rest is in flight.
  const deadline = Date.now() + 60_000
  while (answers.length < 40 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  await stack.kill()
  await Promise.all(requests)
  const acknowledged = answers.filter((answer) => answer.status >= 200 && answer.status < 300)
  expect(acknowledged.length, 'some requests were answered before the kill').toBeGreaterThan(0)
  expect(answers.some((answer) => answer.status === 0), 'some requests were cut off by the kill').toBe(true)

  await stack.restart()
  const token = prepared.token
  const lost: string[] = []
  const exists = async (collection: string, where: string) => (await api<{ totalDocs: number }>(stack.cmsUrl, token, `/api/${collection}?limit=1&depth=0&${where}`)).totalDocs === 1
  for (const answer of acknowledged) {
    const body = answer.body ?? {}
    if (answer.endpoint === 'application' && !(await exists('volunteer-applications', `where[reference][equals]=${body.reference}`))) lost.push(`application ${body.reference}`)
    if (answer.endpoint === 'pledge' && !(await exists('pledges', `where[reference][equals]=${body.reference}`))) lost.push(`pledge ${body.reference}`)
    if (answer.endpoint.startsWith('checkout')) {
      const session = String(body.url).match(/cs_[A-Za-z0-9_]+/)?.[0]
      const collection = answer.endpoint === 'checkout-once' ? 'donations' : 'monthly-gifts'
      if (!(await exists(collection, `where[stripe.checkoutSessionId][equals]=${session}`))) lost.push(`${answer.endpoint} ${session}`)
    }
  }
  expect(lost).toEqual([])

  // Webhooks acknowledged before the kill are kept; Stripe sends the others again.
  const events = await api<{ docs: { eventId: string }[] }>(stack.cmsUrl, token, '/api/stripe-events?limit=1000&depth=0')
  const stored = new Set(events.docs.map((event) => event.eventId))
  const acknowledgedEvents = new Set(acknowledged.filter((answer) => answer.endpoint === 'webhook').map((answer) => answer.about ?? ''))
  acknowledgedEvents.delete('')
  for (const id of acknowledgedEvents) expect(stored.has(id), `event ${id}`).toBe(true)

  const applications = await api<{ docs: { cv?: { storedName?: string | null } }[] }>(stack.cmsUrl, token, '/api/volunteer-applications?limit=1000&depth=0')
  const referenced = applications.docs.map((doc) => doc.cv?.storedName).filter((name): name is string => Boolean(name)).sort()
  const onDisk = fs.readdirSync(path.join(stack.dataDir, 'private', 'cv')).sort()
  expect(onDisk).toEqual(referenced)

  const need = await api<{ quantityPledged: number }>(stack.cmsUrl, token, `/api/needs/${prepared.needId}?depth=0`)
  const pledges = await api<{ docs: { quantity: number; status: string }[] }>(stack.cmsUrl, token, `/api/pledges?limit=1000&depth=0&where[need][equals]=${prepared.needId}`)
  expect(Number(need.quantityPledged)).toBe(pledges.docs.filter((p) => p.status === 'pledged').reduce((sum, p) => sum + p.quantity, 0))

  expect(await checkEmailsDelivered(stack, token)).toEqual([])
  const later = await fetch(`${stack.cmsUrl}/api/needs/${prepared.needId}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify({ priority: 'high' }) })
  expect(later.status).toBe(200)
}, 600_000)
