import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import Stripe from 'stripe'
import { pdfDocument } from '../../integration/support/documents'

/**
 * What the visitors of a burst send, each request from an address of its own (as the
 * trusted proxy in front of the CMS reports it) and timed, so that a test can check every
 * answer and a benchmark can report each endpoint's rate and latency.
 */
export type Endpoint = 'application' | 'pledge' | 'checkout-once' | 'checkout-monthly' | 'webhook'

/** `about` names what the request was about where the answer does not (a webhook's event id). */
export type Answer = { endpoint: Endpoint; status: number; ms: number; body: Record<string, unknown> | undefined; error?: string; about?: string }

let visitorCount = 0
/** A different address per visitor, from the documentation ranges (RFC 5737): no real host. */
export function nextVisitorAddress(): string {
  const n = visitorCount++
  return `203.0.${113 + Math.floor(n / 250) % 2}.${(n % 250) + 1}`
}

export async function send(endpoint: Endpoint, url: string, init: RequestInit & { from?: string; about?: string }): Promise<Answer> {
  const headers = new Headers(init.headers)
  // As the trusted proxy in front of the CMS (127.0.0.1) reports the visitor: it appends the address it saw.
  headers.set('x-forwarded-for', `${init.from ?? nextVisitorAddress()}, 127.0.0.1`)
  const started = performance.now()
  try {
    const response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(180_000) })
    const text = await response.text()
    let body: Record<string, unknown> | undefined
    try {
      body = JSON.parse(text)
    } catch {
      body = { text: text.slice(0, 500) }
    }
    return { endpoint, status: response.status, ms: performance.now() - started, body, about: init.about }
  } catch (error) {
    return { endpoint, status: 0, ms: performance.now() - started, body: undefined, about: init.about, error: error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error) }
  }
}

export const jsonPost = (body: unknown, extraHeaders: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...extraHeaders },
  body: JSON.stringify(body),
})

/** The role page's proof of work, solved ahead of the burst as each browser would before sending. */
export async function solvedProof(cmsUrl: string): Promise<string> {
  const challenge = await (await fetch(`${cmsUrl}/api/volunteer-applications/challenge`, { headers: { 'x-forwarded-for': nextVisitorAddress() } })).json()
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('Could not solve the proof-of-work challenge')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

export function applicationForm(roleId: string, n: number, proof: string): FormData {
  const form = new FormData()
  const fields: Record<string, string | string[]> = {
    role: roleId,
    track: 'standard',
    locale: (['nl', 'fr', 'en'] as const)[n % 3]!,
    name: `Applicant ${n}`,
    email: `applicant-${n}@example.org`,
    phone: '+32 470 12 34 56',
    preferredLanguage: 'nl',
    town: 'Leuven',
    'languages.0.language': 'Nederlands',
    'languages.0.level': 'native',
    'languages.1.language': 'Français',
    'languages.1.level': 'good',
    centres: ['merksplas'],
    hoursPerWeek: '8',
    drivingLicence: 'true',
    experience: ['law'],
    motivation: `I would like to visit people in detention (${n}).`,
    consent: 'true',
    altcha: proof,
  }
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(name, v)
  form.append('cv', new File([new Uint8Array(pdfDocument(`Curriculum vitae ${n}`))], `cv-${n}.pdf`, { type: 'application/pdf' }))
  return form
}

export function pledgeBody(needId: number, n: number) {
  return { need: needId, quantity: 1, name: `Giver ${n}`, email: `giver-${n}@example.org`, consent: true, locale: (['nl', 'fr', 'en'] as const)[n % 3]! }
}

export function checkoutBody(frequency: 'once' | 'monthly', n: number, amountCents: number) {
  return { amountCents, frequency, locale: (['nl', 'fr', 'en'] as const)[n % 3]!, name: `Donor ${frequency} ${n}`, email: `donor-${frequency}-${n}@example.org` }
}

const signer = new Stripe('sk_test_signing_only')

/** A webhook delivery as Stripe signs it, with the endpoint's secret (demo mode's in tests). */
export function signedWebhook(event: unknown, secret: string): RequestInit {
  const payload = JSON.stringify(event)
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret })
  return { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature }, body: payload }
}

/** Fisher–Yates with a seeded generator, so a failing order can be replayed. */
export function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items]
  let state = seed >>> 0 || 1
  const random = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 0x1_0000_0000
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
