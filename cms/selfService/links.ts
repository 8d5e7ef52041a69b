import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { PayloadRequest, Where } from 'payload'
import { isLocale, type Locale } from '../../domain/locales'
import { cmsUrl } from '../env'
import { kindOfCollection, linkLifetimeDays, type PersonKind, type Subject, type SubjectCollection, subjectCollections } from './kinds'
import { selfServiceKey } from './secret'

export const linksSlug = 'self-service-links'
const dayMs = 86_400_000

/**
 * A personal link: /api/self-service/<id>.<nonce>.<expiry>.<signature>, where id and
 * nonce name the row in `self-service-links` that keeps it revocable (the nonce, so that
 * a row id used again never revives an old link), expiry is its end in seconds (base 36),
 * and the signature an HMAC-SHA256 of the rest under the self-service key (secret.ts). Checked in
 * that order: the signature (a changed character is refused before anything is read),
 * the expiry, then the row's nonce (replaced once a new link was asked for, or the data erased).
 */
export type OpenedLink = { linkId: string | number; kind: PersonKind; subject: Subject; locale: Locale; expiresAt: Date; token: string }
export type LinkCheck = { ok: true; link: OpenedLink } | { ok: false; reason: 'invalid' | 'expired' | 'revoked'; locale?: Locale }

function sign(payload: string): string {
  return createHmac('sha256', selfServiceKey()).update(`self-service:${payload}`).digest('base64url')
}

export function tokenFor(linkId: string | number, nonce: string, expiresAt: Date): string {
  const payload = `${linkId}.${nonce}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`
  return `${payload}.${sign(payload)}`
}

export function linkUrl(token: string): string {
  return `${cmsUrl}/api/self-service/${token}`
}

const tokenPattern = /^([0-9A-Za-z-]{1,64})\.([A-Za-z0-9_-]{16})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/

/** The link's parts when its signature is right; undefined for anything else. */
function readToken(token: string): { linkId: string; nonce: string; expiresAt: Date } | undefined {
  const match = tokenPattern.exec(token)
  if (!match) return undefined
  const [, linkId, nonce, expiry, signature] = match as unknown as [string, string, string, string, string]
  const expected = Buffer.from(sign(`${linkId}.${nonce}.${expiry}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return { linkId, nonce, expiresAt: new Date(parseInt(expiry, 36) * 1000) }
}

const asId = (value: string) => (/^\d+$/.test(value) ? Number(value) : value)

export async function checkLink(req: PayloadRequest, token: string): Promise<LinkCheck> {
  const read = readToken(token)
  if (!read) return { ok: false, reason: 'invalid' }
  const row = await req.payload.findByID({ collection: linksSlug, id: asId(read.linkId), depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)
  const locale = isLocale(row?.locale) ? row.locale : undefined
  if (read.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired', locale }
  if (!row || row.nonce !== read.nonce) return { ok: false, reason: 'revoked', locale }
  const collection = row.subjectCollection as SubjectCollection
  return {
    ok: true,
    link: { linkId: row.id, kind: kindOfCollection[collection], subject: { collection, id: asId(String(row.subjectId)) }, locale: locale ?? 'nl', expiresAt: read.expiresAt, token },
  }
}

/**
 * A new link to one record, stored in the caller's transaction (with the email that
 * carries it). Links already sent stay valid: a webhook delivered twice must not cut the
 * link in the first email. Asking for a new link revokes the old ones (revokeLinks).
 */
export async function issueLink(req: PayloadRequest, subject: Subject, locale: Locale): Promise<string> {
  if (!subjectCollections.includes(subject.collection)) throw new Error(`No self-service links for ${subject.collection}.`)
  // Whole seconds, as the token carries them.
  const expiresAt = new Date(Math.floor((Date.now() + linkLifetimeDays * dayMs) / 1000) * 1000)
  const nonce = randomBytes(12).toString('base64url')
  const row = await req.payload.create({
    collection: linksSlug,
    data: { nonce, personKind: kindOfCollection[subject.collection], subjectCollection: subject.collection, subjectId: String(subject.id), locale, expiresAt: expiresAt.toISOString() },
    overrideAccess: true,
    req,
  })
  return linkUrl(tokenFor(row.id, nonce, expiresAt))
}

/**
 * Cuts every link to these records (a new one was asked for, or the data erased). The
 * rows stay, their nonce replaced by one no link carries, so that an old link is still
 * answered in its person's language; rows past their time are cleared.
 */
export async function revokeLinks(req: PayloadRequest, subjects: Subject[]): Promise<void> {
  await req.payload.delete({ collection: linksSlug, where: { expiresAt: { less_than: new Date().toISOString() } }, overrideAccess: true, req })
  const or: Where[] = []
  const byCollection = new Map<SubjectCollection, string[]>()
  for (const subject of subjects) byCollection.set(subject.collection, [...(byCollection.get(subject.collection) ?? []), String(subject.id)])
  for (const [collection, ids] of byCollection) or.push({ and: [{ subjectCollection: { equals: collection } }, { subjectId: { in: ids } }] })
  if (or.length === 0) return
  await req.payload.update({ collection: linksSlug, where: { or }, data: { nonce: `revoked-${randomBytes(12).toString('base64url')}` }, overrideAccess: true, req })
}
