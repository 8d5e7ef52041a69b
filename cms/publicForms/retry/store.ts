import { createHash, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { FieldErrors } from '../../../domain/forms/errors'
import { isLocale } from '../../../domain/locales'
import { cmsUrl } from '../../env'
import { type FormEntries, formNames, type Retry } from './formNames'

/**
 * Refused forms kept for their retry page (the `form-retries` collection). The token in
 * the page's address is 32 random bytes; only its SHA-256 is stored, so a copy of the
 * database opens no page. A kept form lives half an hour and a few views (a reload, the
 * back button): long enough to correct it, short enough that a shared computer's history
 * shows nothing to the next person.
 */
export const retryLifetimeMinutes = 30
const maxViews = 5
const collection = 'form-retries' as const
const tokenPattern = /^[A-Za-z0-9_-]{43}$/

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/** The address of a kept form's retry page, served by the CMS (cms/publicForms/retry/endpoint.ts). */
export const retryUrl = (token: string) => `${cmsUrl}/api/forms/retry/${token}`

/** Keeps a refused form and answers the token that opens it again. */
export async function keepRetry(payload: Payload, retry: Retry): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await payload.create({
    collection,
    data: { tokenHash: hashOf(token), ...retry, views: 0, expiresAt: new Date(Date.now() + retryLifetimeMinutes * 60_000).toISOString() },
    overrideAccess: true,
  })
  return token
}

/** The kept form a token names, while it lives; each call is one view, and the last one removes it. */
export async function openRetry(payload: Payload, token: string): Promise<Retry | undefined> {
  if (!tokenPattern.test(token)) return undefined
  const { docs } = await payload.find({ collection, where: { tokenHash: { equals: hashOf(token) } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
  const doc = docs[0]
  if (!doc) return undefined
  const views = Number(doc.views ?? 0) + 1
  const alive = Date.parse(String(doc.expiresAt)) > Date.now() && views <= maxViews
  if (!alive || views === maxViews) await payload.delete({ collection, id: doc.id, overrideAccess: true })
  else await payload.update({ collection, id: doc.id, data: { views }, overrideAccess: true })
  return alive ? asRetry(doc) : undefined
}

/** Removes a kept form once it is no longer needed (sent again). Unknown tokens are ignored. */
export async function discardRetry(payload: Payload, token: string): Promise<void> {
  if (!tokenPattern.test(token)) return
  await payload.delete({ collection, where: { tokenHash: { equals: hashOf(token) } }, overrideAccess: true })
}

/** Removes every kept form past its lifetime (the `purge-form-retries` job). */
export async function purgeExpiredRetries(payload: Payload): Promise<number> {
  const { docs } = await payload.delete({ collection, where: { expiresAt: { less_than_equal: new Date().toISOString() } }, overrideAccess: true })
  return docs.length
}

function asRetry(doc: { form: unknown; locale: unknown; fields: unknown; errors: unknown }): Retry | undefined {
  const form = formNames.find((name) => name === doc.form)
  if (!form || !isLocale(doc.locale)) return undefined
  const fields = Array.isArray(doc.fields) ? (doc.fields.filter((entry) => Array.isArray(entry) && entry.length === 2 && entry.every((part) => typeof part === 'string')) as FormEntries) : []
  const errors = Object.fromEntries(Object.entries((doc.errors ?? {}) as Record<string, unknown>).filter(([, message]) => typeof message === 'string')) as FieldErrors
  return { form, locale: doc.locale, fields, errors }
}
