import type { Payload } from 'payload'
import { type FundraisingProgress, fundraisingProgress } from './progress'

/** The progress figure is asked for by every visitor of the home page: compute it at most every 30 seconds. */
const maxAgeMs = 30_000
let cached: { at: number; value: Promise<FundraisingProgress> } | undefined

export function cachedProgress(payload: Payload, now = Date.now()): Promise<FundraisingProgress> {
  if (!cached || now - cached.at > maxAgeMs) {
    const value = fundraisingProgress(payload)
    cached = { at: now, value }
    value.catch(() => {
      if (cached?.value === value) cached = undefined
    })
  }
  return cached.value
}

/** After a payment is recorded, the next visitor sees it at once. */
export function forgetProgress() {
  cached = undefined
}
