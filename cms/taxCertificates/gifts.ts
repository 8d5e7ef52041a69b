import type { PayloadRequest } from 'payload'
import { isLocale, type Locale } from '../../domain/locales'
import { type CertificateLanguage, isCertificateLanguage } from '../../domain/tax/certificateLanguage'
import type { Gift, GiftKind } from '../../domain/tax/certificates'
import { revealNationalRegisterNumber } from '../fields/encryptedNationalRegisterNumber'

/**
 * The income year's gifts as domain/tax/certificates.ts counts them. Every kind of gift is
 * a donation row (one-time, one monthly payment, a matched bank transfer, one recorded by
 * hand); only those really received count (paid, or refunded in part or in full, less the
 * refund). The national register number is opened in memory here and nowhere stored open.
 */
const kinds: Record<string, GiftKind> = { 'one-time': 'oneTime', monthly: 'monthly', 'bank-transfer': 'bankTransfer', other: 'manual' }

/** Per gift id: the site language it was made in, and the certificate language the donor chose with it, if they did. */
export type YearGifts = { gifts: Gift[]; localeOf: Map<string, Locale>; languageOf: Map<string, CertificateLanguage> }

export async function giftsOfYear(req: PayloadRequest, year: number): Promise<YearGifts> {
  // Brussels days: a gift on 31 December at 23:30 belongs to that year. A day either side, then the calendar decides.
  const { docs } = await req.payload.find({
    collection: 'donations',
    where: { and: [{ receivedAt: { greater_than_equal: new Date(Date.UTC(year - 1, 11, 31)).toISOString() } }, { receivedAt: { less_than: new Date(Date.UTC(year + 1, 0, 2)).toISOString() } }, { status: { in: ['paid', 'refunded'] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const gifts: Gift[] = []
  const localeOf = new Map<string, Locale>()
  const languageOf = new Map<string, CertificateLanguage>()
  for (const row of docs) {
    const email = String(row.donorEmail ?? '').trim()
    if (!email) continue // erased or anonymous without address: nobody to certify
    const tax = row.taxCertificate ?? {}
    const amount = Number(row.amountCents)
    // A row marked refunded without the refunded amount is taken as refunded in full.
    const refunded = row.status === 'refunded' && !Number(row.refundedCents) ? amount : Number(row.refundedCents ?? 0)
    const id = String(row.id)
    gifts.push({
      id,
      kind: kinds[String(row.kind)] ?? 'manual',
      donor: {
        nationalRegisterNumber: revealNationalRegisterNumber(tax.nationalRegisterNumber) || undefined,
        email,
        name: splitName(String(row.donorName ?? '')),
        address: { street: String(tax.street ?? ''), postalCode: String(tax.postalCode ?? ''), city: String(tax.city ?? ''), country: 'BE' },
      },
      amountCents: amount,
      receivedOn: brusselsDay(row.receivedAt),
      refundedCents: refunded,
    })
    if (isLocale(row.locale)) localeOf.set(id, row.locale)
    if (isCertificateLanguage(tax.certificateLanguage)) languageOf.set(id, tax.certificateLanguage)
  }
  return { gifts, localeOf, languageOf }
}

/**
 * The donate page asks for one name; a certificate (and Belcotax) needs first names and a
 * family name. The last word is taken as the family name: finance corrects a compound one
 * on the gift (name "Jan | Van den Broeck" splits at the bar).
 */
export function splitName(name: string): { firstNames: string; familyName: string } {
  const clean = name.replace(/\s+/g, ' ').trim()
  if (clean.includes('|')) {
    const [first, ...rest] = clean.split('|')
    return { firstNames: first.trim(), familyName: rest.join(' ').trim() }
  }
  const at = clean.lastIndexOf(' ')
  return at < 0 ? { firstNames: '', familyName: clean } : { firstNames: clean.slice(0, at), familyName: clean.slice(at + 1) }
}

function brusselsDay(value: unknown): string | undefined {
  if (!value) return undefined
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(String(value)))
  return parts
}
