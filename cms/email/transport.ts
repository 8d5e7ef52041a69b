import { createHash } from 'node:crypto'
import nodemailer from 'nodemailer'
import { isLocalUrl, publicSiteUrl } from '../env'

type Transporter = ReturnType<typeof createSmtpTransport>

function createSmtpTransport(url: string) {
  // Short time limits: a hanging server must fail the attempt so the retry schedule takes over.
  return nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 })
}

/**
 * Where mail goes: SMTP_URL (smtp://user:pass@host:port, or smtps:// for TLS from the
 * start). On a laptop (a local site address) it defaults to the local mail catcher that `npm start` runs.
 */
export function smtpUrl(): string {
  const url = process.env.SMTP_URL
  if (url) return url
  if (process.env.NODE_ENV === 'production' && !isLocalUrl(publicSiteUrl)) {
    throw new Error('SMTP_URL is not set: the site cannot send email.')
  }
  return 'smtp://localhost:1025'
}

const transports = new Map<string, Transporter>()

/** One transport per address; read at every send so a changed SMTP_URL takes effect. */
export function transport(): Transporter {
  const url = smtpUrl()
  let existing = transports.get(url)
  if (!existing) {
    existing = createSmtpTransport(url)
    transports.set(url, existing)
  }
  return existing
}

/**
 * The same event always gives the same Message-ID, so that if a message ever had to be
 * sent again after a crash, mail clients can still recognise it as one message.
 */
export function messageIdFor(idempotencyKey: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1]?.replace(/[^\w.-]/g, '') || 'localhost'
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`
}
