import type { Stack } from './stack'
import { type Answer, applicationForm, checkoutBody, jsonPost, pledgeBody, send, shuffle, signedWebhook, solvedProof } from './visitors'

/**
 * The burst a mailing or a mention in the news produces, in three steps:
 * - `prepareBurst`: what must exist beforehand (a need with few items left, solved proofs
 *   of work, gifts already paid on Stripe whose webhooks have not arrived yet);
 * - `sendBurst`: every request at the same moment: applications with PDF CVs, pledges
 *   racing for the last items, one-time and monthly checkouts, and the paid gifts'
 *   webhooks, each delivered twice (some at the very same moment), in shuffled order;
 * - `checkBurst`: what must be true afterwards, as a list of problems (empty when sound).
 */
export const demoWebhookSecret = 'whsec_local_demo'
const adminAccount = { email: 'admin@example.com', password: 'local-only-password' }

export type BurstSize = { applications: number; pledges: number; itemsLeft: number; checkoutsOnce: number; checkoutsMonthly: number; paidOnce: number; paidMonthly: number }

export const defaultBurst: BurstSize = { applications: 50, pledges: 50, itemsLeft: 20, checkoutsOnce: 40, checkoutsMonthly: 20, paidOnce: 40, paidMonthly: 20 }

export type Prepared = {
  size: BurstSize
  token: string
  roleId: string
  needId: number
  proofs: string[]
  /** The paid gifts' events, as Stripe would deliver them, and the total they add. */
  events: { id: string; type: string }[]
  paidCents: number
  raisedBefore: number
  counts: Counts
}

export type Counts = { applications: number; pledges: number; donations: number; monthlyGifts: number; emails: number; stripeEvents: number }

export async function adminToken(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, { ...jsonPost(adminAccount) })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`Could not sign in as the local administrator: ${response.status}`)
  return body.token
}

export async function api<T = Record<string, unknown>>(cmsUrl: string, token: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${cmsUrl}${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers } })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

export async function countAll(cmsUrl: string, token: string): Promise<Counts> {
  const total = async (collection: string) => (await api<{ totalDocs: number }>(cmsUrl, token, `/api/${collection}?limit=1&depth=0`)).totalDocs
  const [applications, pledges, donations, monthlyGifts, emails, stripeEvents] = await Promise.all(
    ['volunteer-applications', 'pledges', 'donations', 'monthly-gifts', 'email-messages', 'stripe-events'].map(total),
  )
  return { applications: applications!, pledges: pledges!, donations: donations!, monthlyGifts: monthlyGifts!, emails: emails!, stripeEvents: stripeEvents! }
}

export async function raisedCents(cmsUrl: string): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/donations/progress`, { headers: { 'Cache-Control': 'no-cache' } })
  return ((await response.json()) as { raisedCents: number }).raisedCents
}

async function stripeLocal(stack: Stack, path: string, body: unknown = {}) {
  const response = await fetch(`${stack.stripeUrl}${path}`, jsonPost(body))
  if (!response.ok) throw new Error(`local Stripe ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as { data: { id: string; type: string }[] }
}

export async function prepareBurst(stack: Stack, size: BurstSize = defaultBurst): Promise<Prepared> {
  const token = await adminToken(stack.cmsUrl)
  // Staff notices need a recipient; the seed leaves the organisation's addresses empty.
  for (const locale of ['nl', 'fr', 'en']) {
    await api(stack.cmsUrl, token, `/api/globals/organisation?locale=${locale}`, { method: 'POST', body: JSON.stringify({ emails: { general: 'info@example.org', volunteers: 'coordinator@example.org', goods: 'goods@example.org' } }) })
  }
  const roles = await api<{ docs: { id: string | number }[] }>(stack.cmsUrl, token, '/api/volunteer-roles?where[slug][equals]=accredited-visitor&locale=en&depth=0')
  const roleId = String(roles.docs[0]?.id ?? '')
  if (!roleId) throw new Error('The seed has no accredited-visitor role')
  const need = await api<{ doc: { id: number } }>(stack.cmsUrl, token, '/api/needs?locale=nl', {
    method: 'POST',
    body: JSON.stringify({ name: 'Laptops (burst)', unit: 'laptops', category: 'it-equipment', condition: 'used-working', priority: 'normal', quantityNeeded: size.itemsLeft, status: 'open', _status: 'published' }),
  })

  const proofs: string[] = []
  for (let i = 0; i < size.applications; i++) proofs.push(await solvedProof(stack.cmsUrl))

  // Gifts paid on Stripe whose webhooks are held back, to be delivered during the burst.
  await stripeLocal(stack, '/_local/auto_deliver', { enabled: false })
  const events: { id: string; type: string }[] = []
  let paidCents = 0
  const paid = [
    ...Array.from({ length: size.paidOnce }, (_, i) => ({ frequency: 'once' as const, n: 1000 + i, amount: 1000 + i * 7 })),
    ...Array.from({ length: size.paidMonthly }, (_, i) => ({ frequency: 'monthly' as const, n: 2000 + i, amount: 1500 + i * 11 })),
  ]
  for (const gift of paid) {
    const answer = await send('checkout-once', `${stack.cmsUrl}/api/donations/checkout`, jsonPost(checkoutBody(gift.frequency, gift.n, gift.amount)))
    const url = String(answer.body?.url ?? '')
    const sessionId = url.match(/cs_[A-Za-z0-9_]+/)?.[0]
    if (answer.status !== 200 || !sessionId) throw new Error(`Preparing a paid gift: checkout answered ${answer.status} ${JSON.stringify(answer.body)}`)
    const completed = await stripeLocal(stack, `/_local/checkout/sessions/${sessionId}/complete`, { outcome: 'paid' })
    events.push(...completed.data)
    paidCents += gift.amount
  }
  const fullEvents = (await (await fetch(`${stack.stripeUrl}/_local/events`)).json()) as { data: { id: string; type: string }[] }
  const wanted = new Set(events.map((event) => event.id))
  return {
    size,
    token,
    roleId,
    needId: need.doc.id,
    proofs,
    events: fullEvents.data.filter((event) => wanted.has(event.id)),
    paidCents,
    raisedBefore: await raisedCents(stack.cmsUrl),
    counts: await countAll(stack.cmsUrl, token),
  }
}

/** Every request of the burst, built first and then sent at once; one entry may send two deliveries side by side. */
export function burstRequests(stack: Stack, prepared: Prepared, seed = 1): (() => Promise<Answer[]>)[] {
  const { size } = prepared
  const one = (request: () => Promise<Answer>) => async () => [await request()]
  const requests: (() => Promise<Answer[]>)[] = []
  for (let i = 0; i < size.applications; i++) {
    const form = applicationForm(prepared.roleId, i, prepared.proofs[i]!)
    requests.push(one(() => send('application', `${stack.cmsUrl}/api/volunteer-applications`, { method: 'POST', body: form })))
  }
  for (let i = 0; i < size.pledges; i++) requests.push(one(() => send('pledge', `${stack.cmsUrl}/api/pledges`, jsonPost(pledgeBody(prepared.needId, i)))))
  for (let i = 0; i < size.checkoutsOnce; i++) requests.push(one(() => send('checkout-once', `${stack.cmsUrl}/api/donations/checkout`, jsonPost(checkoutBody('once', i, 2500)))))
  for (let i = 0; i < size.checkoutsMonthly; i++) requests.push(one(() => send('checkout-monthly', `${stack.cmsUrl}/api/donations/checkout`, jsonPost(checkoutBody('monthly', i, 1200)))))
  // Each event twice: half of them as two deliveries at the very same moment, the rest apart.
  prepared.events.forEach((event, i) => {
    const deliver = () => send('webhook', `${stack.cmsUrl}/api/stripe/webhook`, { ...signedWebhook(event, demoWebhookSecret), about: event.id })
    if (i % 2 === 0) requests.push(() => Promise.all([deliver(), deliver()]))
    else requests.push(one(deliver), one(deliver))
  })
  return shuffle(requests, seed)
}

/** Sends every request at the same moment; resolves with every answer. */
export async function sendBurst(stack: Stack, prepared: Prepared, seed = 1): Promise<{ answers: Answer[]; seconds: number }> {
  const requests = burstRequests(stack, prepared, seed)
  const started = performance.now()
  const answers = (await Promise.all(requests.map((request) => request()))).flat()
  return { answers, seconds: (performance.now() - started) / 1000 }
}

/** What must hold after the burst; each problem as a sentence, none when all is well. */
export async function checkBurst(stack: Stack, prepared: Prepared, answers: Answer[]): Promise<string[]> {
  const problems: string[] = []
  const { size } = prepared
  const of = (endpoint: Answer['endpoint']) => answers.filter((answer) => answer.endpoint === endpoint)
  const describe = (answer: Answer) => `${answer.endpoint} ${answer.status} ${answer.error ?? JSON.stringify(answer.body).slice(0, 200)}`

  for (const answer of answers) if (answer.status === 0 || answer.status >= 500) problems.push(`no 5xx and no dropped request: ${describe(answer)}`)

  const applications = of('application')
  const references = applications.map((answer) => String(answer.body?.reference ?? ''))
  if (applications.some((answer) => answer.status !== 201)) problems.push(`every application accepted: ${applications.filter((a) => a.status !== 201).map(describe).slice(0, 3).join('; ')}`)
  if (new Set(references).size !== size.applications) problems.push(`one reference per application: ${new Set(references).size} of ${size.applications}`)

  const pledges = of('pledge')
  const acceptedPledges = pledges.filter((answer) => answer.status === 201).length
  const expectedPledges = Math.min(size.pledges, size.itemsLeft)
  if (acceptedPledges !== expectedPledges) problems.push(`pledges racing for ${size.itemsLeft} items: ${acceptedPledges} accepted`)
  for (const answer of pledges) if (answer.status !== 201 && !(answer.status === 400 && (answer.body?.errors as Record<string, string>)?.quantity)) problems.push(`a refused pledge says why: ${describe(answer)}`)

  for (const answer of [...of('checkout-once'), ...of('checkout-monthly')]) if (answer.status !== 200 || !String(answer.body?.url ?? '').startsWith(stack.stripeUrl)) problems.push(`every checkout opened: ${describe(answer)}`)

  const webhooks = of('webhook')
  for (const answer of webhooks) if (answer.status !== 200) problems.push(`every webhook delivery acknowledged: ${describe(answer)}`)
  const firstTime = webhooks.filter((answer) => answer.status === 200 && !answer.body?.duplicate).length
  if (firstTime !== prepared.events.length) problems.push(`each of ${prepared.events.length} events applied exactly once: ${firstTime} deliveries applied`)

  const after = await countAll(stack.cmsUrl, prepared.token)
  const before = prepared.counts
  const expect = (what: keyof Counts, delta: number) => {
    if (after[what] - before[what] !== delta) problems.push(`${what}: ${after[what] - before[what]} new records, expected ${delta}`)
  }
  expect('applications', size.applications)
  expect('pledges', expectedPledges)
  expect('donations', size.checkoutsOnce + size.paidMonthly)
  expect('monthlyGifts', size.checkoutsMonthly)
  expect('stripeEvents', prepared.events.length)
  expect('emails', 2 * size.applications + 2 * expectedPledges + size.paidOnce + size.paidMonthly)

  const need = await api<{ quantityPledged: number }>(stack.cmsUrl, prepared.token, `/api/needs/${prepared.needId}?depth=0`)
  if (Number(need.quantityPledged) !== expectedPledges) problems.push(`the need counts ${need.quantityPledged} pledged, expected ${expectedPledges}`)

  const raised = await raisedCents(stack.cmsUrl)
  if (raised !== prepared.raisedBefore + prepared.paidCents) problems.push(`fundraising total: ${raised} cents, expected ${prepared.raisedBefore + prepared.paidCents}`)

  // A write right after the burst: the database is not left stuck.
  const later = await send('checkout-once', `${stack.cmsUrl}/api/donations/checkout`, jsonPost(checkoutBody('once', 9999, 3000)))
  if (later.status !== 200) problems.push(`a checkout right after the burst: ${describe(later)}`)
  const edit = await fetch(`${stack.cmsUrl}/api/needs/${prepared.needId}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${prepared.token}` }, body: JSON.stringify({ priority: 'high' }) })
  if (edit.status !== 200) problems.push(`an admin edit right after the burst: ${edit.status}`)
  return problems
}

/** Waits until the outbox is empty; then each message went out once (by its Message-ID). */
export async function checkEmailsDelivered(stack: Stack, token: string, timeoutMs = 240_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs
  let waiting = Infinity
  while (Date.now() < deadline) {
    waiting = (await api<{ totalDocs: number }>(stack.cmsUrl, token, '/api/email-messages?limit=1&where[status][equals]=queued')).totalDocs
    if (waiting === 0) break
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  const problems: string[] = []
  if (waiting !== 0) problems.push(`${waiting} emails still queued after ${timeoutMs / 1000} s`)
  const sent = (await api<{ totalDocs: number }>(stack.cmsUrl, token, '/api/email-messages?limit=1&where[status][equals]=sent')).totalDocs
  const ids = stack.smtp.received.map((message) => message.headers['message-id'])
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i)
  if (twice.length > 0) problems.push(`${twice.length} emails delivered twice, e.g. ${twice[0]}`)
  if (new Set(ids).size !== sent) problems.push(`${new Set(ids).size} emails reached the mail server, ${sent} marked sent`)
  return problems
}
