import { commitTransaction, initTransaction, type PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * The database layer under concurrent writes, on SQLite as on PostgreSQL: many
 * transactions at the same moment all commit, a transaction its request abandoned does
 * not block the writes after it, and Payload's guard against reset-email floods (a write
 * outside the request's transaction) works.
 */
let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

const need = (name: string) => ({ name, unit: 'items', category: 'it-equipment', condition: 'used-working', priority: 'normal', quantityNeeded: 3, status: 'open' }) as const

describe('concurrent writes', () => {
  it('commits 150 transactions started at the same moment, each exactly once', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 150 }, async (_, i) => {
        const req = await createLocalReq({}, cms.payload)
        await initTransaction(req)
        // A read, then a write, in one transaction: the pattern that meets SQLITE_BUSY_SNAPSHOT.
        await cms.payload.count({ collection: 'needs', req, overrideAccess: true })
        await cms.payload.create({ collection: 'needs', data: need(`burst ${i}`), req, overrideAccess: true })
        await commitTransaction(req)
      }),
    )
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    const { totalDocs } = await cms.payload.count({ collection: 'needs', where: { name: { like: 'burst ' } }, overrideAccess: true })
    expect(totalDocs).toBe(150)
  })

  it('mixes writes outside transactions with transactions, without a failure', async () => {
    const outside = Array.from({ length: 40 }, (_, i) => cms.payload.create({ collection: 'needs', data: need(`plain ${i}`), overrideAccess: true }))
    const inside = Array.from({ length: 40 }, async (_, i) => {
      const req = await createLocalReq({}, cms.payload)
      await initTransaction(req)
      await cms.payload.create({ collection: 'needs', data: need(`wrapped ${i}`), req, overrideAccess: true })
      await commitTransaction(req)
    })
    const results = await Promise.allSettled([...outside, ...inside])
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
  })

  it('takes writes again after a transaction was abandoned in the middle', async () => {
    if (cms.payload.db.name !== 'sqlite') return
    const abandoned = (await createLocalReq({}, cms.payload)) as PayloadRequest
    await initTransaction(abandoned)
    await cms.payload.create({ collection: 'needs', data: need('never committed'), req: abandoned, overrideAccess: true })
    // The request that opened it is gone; nobody will commit or roll it back.
    const started = Date.now()
    const doc = await cms.payload.create({ collection: 'needs', data: need('after the abandoned one'), overrideAccess: true })
    expect(doc.id).toBeDefined()
    expect(Date.now() - started).toBeLessThan(45_000)
    const { totalDocs } = await cms.payload.count({ collection: 'needs', where: { name: { equals: 'never committed' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  }, 60_000)
})

describe('password-reset flood guard', () => {
  it('sends one reset per address within 15 seconds, on every database', async () => {
    await cms.payload.create({ collection: 'users', data: { email: 'flood@example.org', password: 'flood-password-1', name: 'Flood', roles: ['goods'] }, overrideAccess: true })
    const sent: string[] = []
    const email = cms.payload.email as unknown as { sendEmail: (message: { to: string }) => Promise<unknown> }
    const original = email.sendEmail
    email.sendEmail = async (message) => {
      sent.push(message.to)
      return undefined
    }
    try {
      const first = await cms.payload.forgotPassword({ collection: 'users', data: { email: 'flood@example.org' } })
      const second = await cms.payload.forgotPassword({ collection: 'users', data: { email: 'flood@example.org' } })
      expect(first).toBeTruthy()
      expect(second).toBeFalsy()
      expect(sent).toEqual(['flood@example.org'])
    } finally {
      email.sendEmail = original
    }
  })
})
