import type { TypedUser } from 'payload'

/**
 * Every dashboard query runs as the signed-in staff member, through the same access rules
 * as the admin's lists: a section can never show what its reader could not open.
 */
export function as(user: TypedUser) {
  return { overrideAccess: false, user } as const
}

/** Today as a UTC midnight, so that a stored calendar day (a pledge's expected date) compares by day. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

export const dayMs = 86_400_000
