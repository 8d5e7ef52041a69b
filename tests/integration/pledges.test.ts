import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expireDuePledges } from '../../cms/collections/Pledges/expiry'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { serveApi } from './support/api'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * The wishlist on the server, over HTTP: pledges checked by the shared schema, the last
 * items raced for by many givers at once, expiry giving items back, receiving fulfilling
 * a need, and who may see pledges. Runs on SQLite, and on PostgreSQL with TEST_DATABASE_URL.
 */
let cms: TestCms
let api: Awaited<ReturnType<typeof serveApi>>
let visitor = 0

const goods = { id: 900, roles: ['goods'], collection: 'users' } as never
const communication = { id: 901, roles: ['communication-officer'], collection: 'users' } as never

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  api = await serveApi(cms)
})
afterAll(async () => {
  await api?.close()
  await cms?.close()
})

async function newNeed(quantityNeeded: number, status: 'open' | 'closed' = 'open') {
  const doc = await cms.payload.create({
    collection: 'needs',
    data: { name: `Laptops ${quantityNeeded}`, unit: 'laptops', category: 'it-equipment', condition: 'used-working', priority: 'normal', quantityNeeded, status },
    overrideAccess: true,
  })
  return Number(doc.id)
}

async function need(id: number) {
  const doc = await cms.payload.findByID({ collection: 'needs', id, depth: 0, overrideAccess: true })
  return { status: doc.status, pledged: Number(doc.quantityPledged), received: Number(doc.quantityReceived) }
}

/** Each call comes from its own address, as separate givers do (the endpoint limits per address). */
async function pledge(body: Record<string, unknown>) {
  visitor += 1
  const response = await fetch(`${api.url}/api/pledges`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.0.${Math.floor(visitor / 250)}.${visitor % 250}` },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as { reference?: string; errors?: Record<string, string>; need?: Record<string, number> } }
}

const giver = (needId: number, quantity = 1, locale = 'nl') => ({ need: needId, quantity, name: 'An Peeters', email: 'an@example.be', consent: true, locale })

const pledgesFor = async (needId: number) =>
  (await cms.payload.find({ collection: 'pledges', where: { need: { equals: needId } }, depth: 0, pagination: false, overrideAccess: true })).docs

const emailsWithKey = async (key: string) =>
  (await cms.payload.count({ collection: 'email-messages', where: { idempotencyKey: { equals: key } }, overrideAccess: true })).totalDocs

describe('GET /api/needs', () => {
  it('lists the seeded needs with their counts, and nothing else about anyone', async () => {
    const response = await fetch(`${api.url}/api/needs`)
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: Record<string, unknown>[] }
    expect(docs.length).toBeGreaterThanOrEqual(4)
    for (const doc of docs) {
      expect(Object.keys(doc).sort()).toEqual(['id', 'quantityNeeded', 'quantityPledged', 'quantityReceived', 'quantityWanted', 'status'])
    }
  })

  it('hides closed needs', async () => {
    const closed = await newNeed(3, 'closed')
    const { docs } = (await (await fetch(`${api.url}/api/needs`)).json()) as { docs: { id: number }[] }
    expect(docs.map((doc) => doc.id)).not.toContain(closed)
  })
})

describe('POST /api/pledges', () => {
  it('records a pledge, answers its reference and the new counts, and queues both emails', async () => {
    const needId = await newNeed(5)
    const { status, body } = await pledge({ ...giver(needId, 2, 'fr'), phone: '+32 470 12 34 56', message: 'Deux portables en bon état.' })
    expect(status).toBe(201)
    expect(body.reference).toMatch(/^P-[2-9A-Z]{8}$/)
    expect(body.need).toMatchObject({ quantityNeeded: 5, quantityPledged: 2, quantityReceived: 0, quantityWanted: 3 })
    expect(await need(needId)).toEqual({ status: 'open', pledged: 2, received: 0 })
    const [doc] = await pledgesFor(needId)
    expect(doc).toMatchObject({ status: 'pledged', quantity: 2, locale: 'fr', reference: body.reference })
    expect(new Date(doc!.expiresAt!).getTime() - Date.now()).toBeGreaterThan(13.9 * 86_400_000)
    expect(await emailsWithKey(`pledge:${doc!.id}:received`)).toBe(1)
    expect(await emailsWithKey(`pledge:${doc!.id}:new`)).toBe(1)
  })

  it('refuses bad input with a message in the giver’s language, and changes nothing', async () => {
    const needId = await newNeed(4)
    const closed = await newNeed(4, 'closed')
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...giver(needId), quantity: 0 }, 'quantity', /geheel aantal/],
      [{ ...giver(needId), quantity: -2 }, 'quantity', /geheel aantal/],
      [{ ...giver(needId), quantity: 1.5 }, 'quantity', /geheel aantal/],
      [{ ...giver(needId, 5, 'en') }, 'quantity', /Only 4 are still needed/],
      [{ ...giver(closed, 1, 'fr') }, 'need', /ne collectons rien/],
      [{ ...giver(needId), consent: false }, 'consent', /toestemming/],
      [{ ...giver(needId), consent: undefined }, 'consent', /toestemming/],
      [{ ...giver(needId, 1, 'en'), message: 'Hi <script>alert(1)</script>' }, 'message', /plain text/],
      [{ ...giver(needId), email: 'nope' }, 'email', /e-mailadres/],
    ]
    for (const [body, field, message] of cases) {
      const { status, body: answer } = await pledge(body)
      expect(status, JSON.stringify(body)).toBe(400)
      expect(answer.errors?.[field], JSON.stringify(answer)).toMatch(message)
    }
    expect(await pledgesFor(needId)).toHaveLength(0)
    expect(await pledgesFor(closed)).toHaveLength(0)
    expect(await need(needId)).toEqual({ status: 'open', pledged: 0, received: 0 })
  })

  it('never pledges more than wanted when 50 givers race for the last 10 laptops', async () => {
    const needId = await newNeed(10)
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => pledge({ ...giver(needId, 1 + (i % 3)), email: `giver${i}@example.be` })))
    const accepted = results.filter((r) => r.status === 201)
    expect(results.every((r) => r.status === 201 || r.status === 400), JSON.stringify(results.filter((r) => r.status !== 201 && r.status !== 400))).toBe(true)
    const docs = await pledgesFor(needId)
    const total = docs.reduce((sum, doc) => sum + doc.quantity, 0)
    expect(total).toBeLessThanOrEqual(10)
    expect(docs).toHaveLength(accepted.length)
    expect((await need(needId)).pledged).toBe(total)
    // Whoever was turned away got told how many are left, never a server error.
    for (const refused of results.filter((r) => r.status === 400)) expect(Object.keys(refused.body.errors ?? {})).toEqual(['quantity'])
  })

  it('never exceeds 10 with 50 single-item pledges either, and fills the need exactly', async () => {
    const needId = await newNeed(10)
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => pledge({ ...giver(needId), email: `single${i}@example.be` })))
    expect(results.filter((r) => r.status === 201)).toHaveLength(10)
    expect(results.filter((r) => r.status === 400)).toHaveLength(40)
    expect(await need(needId)).toEqual({ status: 'open', pledged: 10, received: 0 })
  })
})

describe('expiry and receiving', () => {
  it('expires a pledge not brought in time: the items are wanted again and the giver is told', async () => {
    const needId = await newNeed(3)
    const { body } = await pledge(giver(needId, 2, 'en'))
    const [doc] = await pledgesFor(needId)
    expect(body.reference).toBe(doc!.reference)
    expect(await expireDuePledges(cms.payload)).toBe(0)
    await cms.payload.update({ collection: 'pledges', id: doc!.id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    expect(await need(needId)).toEqual({ status: 'open', pledged: 2, received: 0 })

    expect(await expireDuePledges(cms.payload)).toBe(1)
    expect((await pledgesFor(needId))[0]).toMatchObject({ status: 'expired' })
    expect(await need(needId)).toEqual({ status: 'open', pledged: 0, received: 0 })
    expect(await emailsWithKey(`pledge:${doc!.id}:expired`)).toBe(1)
    // Running again changes nothing and tells no one twice.
    expect(await expireDuePledges(cms.payload)).toBe(0)
    expect(await need(needId)).toEqual({ status: 'open', pledged: 0, received: 0 })
    expect((await pledge(giver(needId, 3))).status).toBe(201)
  })

  it('lets staff mark pledges received, partly first; the need becomes fulfilled by itself', async () => {
    const needId = await newNeed(3)
    await pledge(giver(needId, 2))
    await pledge(giver(needId, 1))
    const [first, second] = await pledgesFor(needId).then((docs) => docs.sort((a, b) => a.quantity - b.quantity).reverse())

    await cms.payload.update({ collection: 'pledges', id: first!.id, data: { quantityReceived: 1 }, overrideAccess: false, user: goods })
    expect((await pledgesFor(needId)).find((d) => d.id === first!.id)).toMatchObject({ status: 'partly-received', quantityReceived: 1 })
    expect(await need(needId)).toEqual({ status: 'open', pledged: 2, received: 1 })

    await cms.payload.update({ collection: 'pledges', id: first!.id, data: { status: 'received' }, overrideAccess: false, user: goods })
    await cms.payload.update({ collection: 'pledges', id: second!.id, data: { status: 'received' }, overrideAccess: false, user: goods })
    expect(await need(needId)).toEqual({ status: 'fulfilled', pledged: 0, received: 3 })
    expect((await pledge(giver(needId))).body.errors).toEqual({ need: expect.stringMatching(/zamelen we op dit moment niets in/) })
  })

  it('gives a cancelled pledge’s items back, and refuses to revive it once others took them', async () => {
    const needId = await newNeed(2)
    await pledge(giver(needId, 2))
    const [doc] = await pledgesFor(needId)
    await cms.payload.update({ collection: 'pledges', id: doc!.id, data: { status: 'cancelled' }, overrideAccess: false, user: goods })
    expect(await need(needId)).toEqual({ status: 'open', pledged: 0, received: 0 })
    expect((await pledge(giver(needId, 2))).status).toBe(201)
    await expect(cms.payload.update({ collection: 'pledges', id: doc!.id, data: { status: 'pledged' }, overrideAccess: false, user: goods })).rejects.toThrow()
    expect(await need(needId)).toEqual({ status: 'open', pledged: 2, received: 0 })
  })
})

describe('a need without a set quantity', () => {
  async function openNeed() {
    const doc = await cms.payload.create({
      collection: 'needs',
      data: { name: 'Hygiene products (no number yet)', unit: 'items', category: 'transit-house-hygiene', condition: 'new', priority: 'normal', status: 'open' },
      overrideAccess: true,
    })
    return Number(doc.id)
  }
  const publicCounts = async (id: number) => ((await (await fetch(`${api.url}/api/needs`)).json()) as { docs: Record<string, unknown>[] }).docs.find((doc) => doc.id === id)

  it('is how the seed leaves every need: the public gets no count for it, never "all pledged"', async () => {
    const { docs } = (await (await fetch(`${api.url}/api/needs`)).json()) as { docs: Record<string, unknown>[] }
    const seeded = await cms.payload.find({ collection: 'needs', where: { name: { in: ['Laptops', 'Computers', 'Hygiëneproducten', 'Onderhoudsproducten'] } }, locale: 'nl', overrideAccess: true })
    expect(seeded.docs).toHaveLength(4)
    for (const need of seeded.docs) {
      expect(need.quantityNeeded ?? null).toBeNull()
      expect(docs.find((doc) => doc.id === need.id)).toMatchObject({ quantityNeeded: null, quantityWanted: null, status: 'open' })
    }
  })

  it('takes pledges of any whole number up to the form’s maximum, again and again, and stays open', async () => {
    const needId = await openNeed()
    const first = await pledge(giver(needId, 3))
    expect(first.status).toBe(201)
    expect(first.body.need).toMatchObject({ quantityNeeded: null, quantityPledged: 3, quantityWanted: null, status: 'open' })
    expect((await pledge(giver(needId, 250, 'en'))).status).toBe(201)
    expect(await need(needId)).toEqual({ status: 'open', pledged: 253, received: 0 })
    expect(await publicCounts(needId)).toMatchObject({ quantityNeeded: null, quantityPledged: 253, quantityWanted: null })
    // The form's own rules still hold: a whole number from 1 to 10 000.
    expect((await pledge(giver(needId, 10_001, 'en'))).body.errors).toEqual({ quantity: expect.stringMatching(/whole number/) })
    expect((await pledge(giver(needId, 0))).status).toBe(400)
  })

  it('is never fulfilled by what arrives, until staff set a quantity; clearing it again opens the need', async () => {
    const needId = await openNeed()
    await pledge(giver(needId, 2))
    const [doc] = await pledgesFor(needId)
    await cms.payload.update({ collection: 'pledges', id: doc!.id, data: { status: 'received' }, overrideAccess: false, user: goods })
    expect(await need(needId)).toEqual({ status: 'open', pledged: 0, received: 2 })
    expect((await pledge(giver(needId, 5))).status).toBe(201)

    // Staff set the real number: from now on it behaves as any counted need (2 received + 5 pledged of 8).
    await cms.payload.update({ collection: 'needs', id: needId, data: { quantityNeeded: 8 }, overrideAccess: false, user: goods })
    expect(await publicCounts(needId)).toMatchObject({ quantityNeeded: 8, quantityWanted: 1 })
    expect((await pledge(giver(needId, 2, 'en'))).body.errors).toEqual({ quantity: expect.stringMatching(/Only 1 are still needed/) })
    await cms.payload.update({ collection: 'needs', id: needId, data: { quantityNeeded: 2 }, overrideAccess: false, user: goods })
    expect((await need(needId)).status).toBe('fulfilled')

    await cms.payload.update({ collection: 'needs', id: needId, data: { quantityNeeded: null }, overrideAccess: false, user: goods })
    expect((await need(needId)).status).toBe('open')
    expect((await pledge(giver(needId, 4))).status).toBe(201)
  })
})

describe('who sees pledges', () => {
  it('the goods team and administrators only; the CSV export likewise', async () => {
    expect((await fetch(`${api.url}/api/pledges`)).status).toBe(403)
    await expect(cms.payload.find({ collection: 'pledges', overrideAccess: false, user: communication })).rejects.toThrow()
    const seen = await cms.payload.find({ collection: 'pledges', overrideAccess: false, user: goods })
    expect(seen.totalDocs).toBeGreaterThan(0)
    expect((await fetch(`${api.url}/api/pledges/export.csv`)).status).toBe(403)
  })
})
