import type { PayloadRequest } from 'payload'

/**
 * A per-address limit for public endpoints (Payload 3 has none). In memory: enough for
 * one CMS process; a deployment with several would put a shared limit in front.
 */
export class RateLimit {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** True when this address may go on; records the attempt. */
  allow(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs)
    const allowed = recent.length < this.limit
    if (allowed) recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.forgetIdle(now)
    return allowed
  }

  private forgetIdle(now: number) {
    for (const [key, times] of this.hits) if (times.every((time) => now - time >= this.windowMs)) this.hits.delete(key)
  }
}

/** The visitor's address as the proxy in front reports it, else the connection's. */
export function clientAddress(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || req.headers.get('x-real-ip') || 'local'
}
