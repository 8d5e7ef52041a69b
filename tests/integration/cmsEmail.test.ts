import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestSmtp } from './support/smtp'
import { startTestCms, type TestCms } from './support/testPayload'

/** Payload's own messages (password resets for staff) use the site's mail server too. */
let cms: TestCms
const smtp = new TestSmtp()

beforeAll(async () => {
  await smtp.start()
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
  await smtp.stop()
  delete process.env.SMTP_URL
})

describe('the CMS’s own email', () => {
  it('sends a staff member’s password reset through SMTP_URL', async () => {
    await cms.payload.create({ collection: 'users', data: { email: 'forgetful@example.org', password: 'a-long-password-1', name: 'Forgetful', roles: ['finance'] }, overrideAccess: true })
    await cms.payload.forgotPassword({ collection: 'users', data: { email: 'forgetful@example.org' } })
    await expect.poll(() => smtp.received.filter((message) => message.to.includes('forgetful@example.org')).length, { timeout: 10_000 }).toBe(1)
    const [mail] = smtp.received.filter((message) => message.to.includes('forgetful@example.org'))
    expect(mail!.headers.subject).toMatch(/password/i)
    expect(mail!.headers.from).toContain('no-reply@localhost')
  })
})
