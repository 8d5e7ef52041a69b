import type { ChildProcess } from 'node:child_process'
import { startService } from './processes'

export const mailCatcherSmtpPort = Number(process.env.MAILDEV_SMTP_PORT || 1025)
export const mailCatcherWebPort = Number(process.env.MAILDEV_WEB_PORT || 1080)

/**
 * For `npm start` without a mail server of its own: runs MailDev (SMTP on 1025, every
 * message readable at http://localhost:1080) and points SMTP_URL at it, so that the CMS
 * started afterwards sends there. With SMTP_URL already set nothing is started.
 * Returns the service to stop with the others, or undefined.
 */
export function startMailCatcherIfNeeded(): ChildProcess | undefined {
  if (process.env.SMTP_URL) return undefined
  const child = startService('maildev', [
    '--smtp', String(mailCatcherSmtpPort),
    '--web', String(mailCatcherWebPort),
    '--ip', '127.0.0.1',
    '--web-ip', '127.0.0.1',
    '--silent',
  ])
  process.env.SMTP_URL = `smtp://127.0.0.1:${mailCatcherSmtpPort}`
  console.log(`  Mail:   http://localhost:${mailCatcherWebPort}/   (MailDev: every email the site sends)`)
  return child
}
