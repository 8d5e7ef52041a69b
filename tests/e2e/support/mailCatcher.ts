import { expect } from '@playwright/test'
import { mailUrl } from '../../../playwright.config'

type CaughtEmail = { subject: string; to: { address: string }[]; html?: string; text?: string; headers?: Record<string, string> }

/** Waits for MailDev (started by the stack) to have received a message for this address (whose subject matches, when given). */
export async function emailTo(address: string, { subject, timeoutMs = 90_000 }: { subject?: RegExp; timeoutMs?: number } = {}): Promise<CaughtEmail> {
  let found: CaughtEmail | undefined
  await expect
    .poll(
      async () => {
        const response = await fetch(`${mailUrl}/api/email`)
        const emails = (await response.json()) as CaughtEmail[]
        found = emails.find((email) => email.to.some((to) => to.address === address) && (!subject || subject.test(email.subject)))
        return Boolean(found)
      },
      { timeout: timeoutMs, intervals: [1_000] },
    )
    .toBe(true)
  return found!
}
