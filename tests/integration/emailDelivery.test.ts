import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { emailMessagesSlug, emailRetries } from '../../cms/email/constants'
import type { resendEmailMessage as ResendEmailMessage } from '../../cms/email/endpoints'
import type { queueEmail as QueueEmail } from '../../cms/email/queue'
import { emailCatalog } from '../../emails/catalog'
import { TestSmtp } from './support/smtp'
import { startTestCms, type TestCms } from './support/testPayload'

let cms: TestCms
const smtp = new TestSmtp()
let queueEmail: typeof QueueEmail
let resendEmailMessage: typeof ResendEmailMessage

beforeAll(async () => {
  await smtp.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
  cms = await startTestCms()
  // Imported only now: cms/env.ts reads the test database's address when first loaded.
  ;({ queueEmail } = await import('../../cms/email/queue'))
  ;({ resendEmailMessage } = await import('../../cms/email/endpoints'))
  await cms.payload.updateGlobal({
    slug: 'organisation',
    locale: 'nl',
    data: {
      name: 'Test Refugee Service',
      description: 'Een organisatie voor de tests.',
      brandColour: '#9a3412',
      address: { street: 'Teststraat 1', postalCode: '1000', city: 'Brussel' },
      emails: { general: 'info@example.org', volunteers: 'coordinator@example.org', donations: 'gifts@example.org' },
      _status: 'published',
    },
  })
})
afterAll(async () => {
  vi.useRealTimers()
  await cms?.close()
  await smtp.stop()
  delete process.env.SMTP_URL
})
afterEach(() => {
  vi.useRealTimers()
})

/** A request with a transaction of its own, as a flow that stores a record has. */
async function flowRequest(): Promise<PayloadRequest> {
  const req = await createLocalReq({}, cms.payload)
  await initTransaction(req)
  return req
}

const runJobs = () => cms.payload.jobs.run({ limit: 50, silent: true })

async function outbox(idempotencyKey: string) {
  const { docs } = await cms.payload.find({ collection: emailMessagesSlug, where: { idempotencyKey: { equals: idempotencyKey } }, depth: 0 })
  return docs
}

/** Moves the clock past the backoff of the next attempt, as time would. */
function advanceClock(ms: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(Date.now() + ms))
}

const donation = emailCatalog['donation-thank-you'].sample

describe('email delivery through a real SMTP server', () => {
  it('delivers a queued message with the right recipient, subject and language', async () => {
    const req = await flowRequest()
    await queueEmail({ req, kind: 'donation-thank-you', locale: 'fr', to: 'donor@example.org', data: donation, idempotencyKey: 'donation:1:thank-you', related: { collection: 'donations', id: 1 } })
    await commitTransaction(req)

    await runJobs()
    const mail = smtp.received.filter((message) => message.to.includes('donor@example.org'))
    expect(mail).toHaveLength(1)
    expect(mail[0]!.headers.subject).toBe('Merci pour votre don, Marie Dubois')
    expect(mail[0]!.headers['content-language']).toBe('fr')
    expect(mail[0]!.headers['reply-to']).toBe('gifts@example.org')
    expect(mail[0]!.headers.from).toContain('info@example.org')
    expect(mail[0]!.raw).toContain('lang=3D"fr"')

    const [record] = await outbox('donation:1:thank-you')
    expect(record).toMatchObject({ status: 'sent', attempts: 1, to: 'donor@example.org', locale: 'fr', related: { collection: 'donations', documentId: '1' } })
    expect(record!.sentAt).toBeTruthy()
  })

  it('stores nothing when the flow that queued the message rolls back', async () => {
    const req = await flowRequest()
    await queueEmail({ req, kind: 'donation-thank-you', locale: 'nl', to: 'gone@example.org', data: donation, idempotencyKey: 'donation:rolled-back' })
    await killTransaction(req)
    expect(await outbox('donation:rolled-back')).toHaveLength(0)
    await runJobs()
    expect(smtp.received.some((message) => message.to.includes('gone@example.org'))).toBe(false)
  })

  it('queues and sends one message for one idempotency key, however often it is queued', async () => {
    for (let i = 0; i < 2; i++) {
      const req = await flowRequest()
      const queued = await queueEmail({ req, kind: 'host-interest-received', locale: 'en', to: 'host@example.org', data: { hostName: 'The Hosts' }, idempotencyKey: 'host:7' })
      expect(queued.duplicate).toBe(i === 1)
      await commitTransaction(req)
    }
    await runJobs()
    await runJobs()
    expect(await outbox('host:7')).toHaveLength(1)
    expect(smtp.received.filter((message) => message.to.includes('host@example.org'))).toHaveLength(1)
  })

  it('sends a staff notice to the organisation’s address for its purpose', async () => {
    const req = await flowRequest()
    await queueEmail({ req, kind: 'volunteer-application-new', locale: 'nl', data: { applicantName: 'Sara', roleTitle: 'Bezoeker', reference: 'V-5AAAAAAA', adminUrl: 'http://localhost:3000/admin/collections/applications/5' }, idempotencyKey: 'application:5:new' })
    await commitTransaction(req)
    await runJobs()
    const mail = smtp.received.filter((message) => message.to.includes('coordinator@example.org'))
    expect(mail).toHaveLength(1)
    expect(mail[0]!.headers.subject).toBe('Nieuwe kandidatuur: Bezoeker')
  })

  it('retries with backoff while the SMTP server is down, and delivers exactly once when it is back', async () => {
    await smtp.stop()
    const req = await flowRequest()
    await queueEmail({ req, kind: 'volunteer-application-received', locale: 'en', to: 'applicant@example.org', data: { applicantName: 'Sam', roleTitle: 'Friendly visitor', reference: 'V-9AAAAAAA' }, idempotencyKey: 'application:9:received' })
    await commitTransaction(req)

    await runJobs()
    let [record] = await outbox('application:9:received')
    expect(record).toMatchObject({ status: 'queued', attempts: 1 })
    expect(record!.lastError).toMatch(/ECONNREFUSED|connect/i)

    // Within the backoff nothing is tried again.
    await runJobs()
    ;[record] = await outbox('application:9:received')
    expect(record!.attempts).toBe(1)

    await smtp.start()
    advanceClock(emailRetries.backoff.delay + 1_000)
    await runJobs()
    await runJobs()
    ;[record] = await outbox('application:9:received')
    expect(record).toMatchObject({ status: 'sent', attempts: 2 })
    const mail = smtp.received.filter((message) => message.to.includes('applicant@example.org'))
    expect(mail).toHaveLength(1)
    expect(mail[0]!.headers.subject).toBe('We have received your application')
  })

  it('marks a message failed after its last retry, and an administrator can resend it', async () => {
    await smtp.stop()
    const req = await flowRequest()
    await queueEmail({ req, kind: 'goods-pledge-received', locale: 'nl', to: 'giver@example.org', data: emailCatalog['goods-pledge-received'].sample, idempotencyKey: 'pledge:3:received' })
    await commitTransaction(req)

    for (let attempt = 0; attempt <= emailRetries.attempts; attempt++) {
      await runJobs()
      advanceClock(emailRetries.backoff.delay * 2 ** attempt + 1_000)
    }
    let [record] = await outbox('pledge:3:received')
    expect(record).toMatchObject({ status: 'failed', attempts: emailRetries.attempts + 1 })
    await runJobs()
    ;[record] = await outbox('pledge:3:received')
    expect(record!.attempts).toBe(emailRetries.attempts + 1)

    const visitor = await createLocalReq({ user: { id: 1, roles: ['volunteer-coordinator'], collection: 'users' } as never }, cms.payload)
    await expect(resendEmailMessage(visitor, record!.id)).rejects.toThrow(/administrators/)

    await smtp.start()
    const admin = await createLocalReq({ user: { id: 1, roles: ['administrator'], collection: 'users' } as never }, cms.payload)
    await resendEmailMessage(admin, record!.id)
    await runJobs()
    ;[record] = await outbox('pledge:3:received')
    expect(record).toMatchObject({ status: 'sent' })
    expect(smtp.received.filter((message) => message.to.includes('giver@example.org'))).toHaveLength(1)
    await expect(resendEmailMessage(admin, record!.id)).rejects.toThrow(/Only a failed message/)
  })

  it('keeps the outbox from everyone but administrators', async () => {
    const coordinator = { id: 2, roles: ['volunteer-coordinator'], collection: 'users' } as never
    await expect(cms.payload.find({ collection: emailMessagesSlug, overrideAccess: false, user: coordinator })).rejects.toThrow(/not allowed/)
  })
})
