import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import type { Locale } from '../../domain/locales'
import { type CertificateLanguage, fallbackCertificateLanguage } from '../../domain/tax/certificateLanguage'
import { type Certificate, certificatesForYear } from '../../domain/tax/certificates'
import { type CertificateChange, type IssuedCertificate, reviseCertificates } from '../../domain/tax/certificateCorrections'
import { isApprovedFor } from '../../domain/tax/taxReduction'
import { revealNationalRegisterNumber } from '../fields/encryptedNationalRegisterNumber'
import { taxCertificatePolicy } from '../globals/TaxCertificateSettings'
import { emailCertificates } from './email'
import { giftsOfYear } from './gifts'
import { logTaxCertificateAction } from './log'

export const taxCertificatesSlug = 'tax-certificates'

/** The year cannot be issued; `reason` is an admin message key. */
export class IssueRefused extends Error {
  constructor(readonly reason: 'taxCertificates.error.notApproved') {
    super(reason)
  }
}

export type IssueSummary = { year: number; issued: number; added: number; corrected: number; cancelled: number; unchanged: number; belowMinimum: number; emailed: number }

export type CertificateRow = Record<string, any> & { id: number | string; year: number; number: number }

/**
 * Issues the year's certificates, or brings those issued in line with the gifts as they now
 * are (certificateCorrections.ts): a first run numbers every eligible donor from 1; later
 * runs correct (same number, Belcotax modification), cancel (same number, cancellation) or
 * add (next number, addition), and leave the rest alone, so running it twice issues nothing
 * new. All in one transaction, with the unique (year, number) index as the last guard
 * against two runs at once; each change is logged on the certificate (who, what, when), and
 * each new version emailed to its donor once, in the same transaction.
 */
export async function issueYear(req: PayloadRequest, year: number): Promise<IssueSummary> {
  const policy = await taxCertificatePolicy(req.payload, req)
  if (!isApprovedFor(policy, year)) throw new IssueRefused('taxCertificates.error.notApproved')
  const rules = { year, minimumCents: policy.minimumCents }
  const ownTransaction = await initTransaction(req)
  try {
    const summary: IssueSummary = { year, issued: 0, added: 0, corrected: 0, cancelled: 0, unchanged: 0, belowMinimum: 0, emailed: 0 }
    const existing = await certificatesOf(req, year)
    const { gifts, localeOf, languageOf } = await giftsOfYear(req, year)
    // The donor's latest gift speaks for them (ids grow with time).
    const latestFirst = (giftIds: string[]) => [...giftIds].sort((a, b) => Number(b) - Number(a))
    const localeFor = (giftIds: string[]): Locale => localeOf.get(latestFirst(giftIds)[0]) ?? 'nl'
    // The language the donor chose with their latest gift that asked; the old rule only for gifts that never asked (recorded by hand).
    const languageFor = (certificate: Certificate): CertificateLanguage =>
      latestFirst(certificate.giftIds).flatMap((id) => languageOf.get(id) ?? [])[0] ?? fallbackCertificateLanguage(localeFor(certificate.giftIds), certificate.donor.address.postalCode)
    const emailOfGift = new Map(gifts.map((gift) => [gift.id, gift.donor.email.trim().toLowerCase()]))
    const donorOf = (certificate: Certificate): DonorMeta => ({
      locale: localeFor(certificate.giftIds),
      language: languageFor(certificate),
      emails: [...new Set(certificate.giftIds.flatMap((id) => emailOfGift.get(id) ?? []))],
    })
    const now = new Date().toISOString()
    const by = req.user?.id
    if (existing.length === 0) {
      const { certificates, belowMinimum } = certificatesForYear(gifts, { ...rules, lastIssuedNumber: 0 })
      summary.belowMinimum = belowMinimum.length
      for (const certificate of certificates) {
        await create(req, certificate, 'original', donorOf(certificate), { at: now, by, action: 'issued', amountCents: certificate.amountCents })
        summary.issued += 1
      }
    } else {
      const issued = existing.map(toIssued)
      const changes = reviseCertificates(issued, gifts, rules)
      const rowOf = new Map(existing.map((row) => [row.number, row]))
      for (const change of changes) await apply(req, change, rowOf, donorOf, now, by, summary)
    }
    summary.emailed = await emailCertificates(req, year)
    // The run as a whole (who, when, what it changed); each certificate's history holds its own part.
    await logTaxCertificateAction(req, { action: 'issued-year', year, detail: `${summary.issued} issued, ${summary.added} added, ${summary.corrected} corrected, ${summary.cancelled} cancelled, ${summary.unchanged} unchanged, ${summary.emailed} emailed` })
    if (ownTransaction) await commitTransaction(req)
    return summary
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

async function apply(req: PayloadRequest, change: CertificateChange, rowOf: Map<number, CertificateRow>, donorOf: (certificate: Certificate) => DonorMeta, at: string, by: unknown, summary: IssueSummary): Promise<void> {
  switch (change.kind) {
    case 'unchanged': {
      // A later choice of language (the gift edited by finance) is no correction: amount and
      // number stay as filed, and the next PDF made on download is in the chosen language.
      const row = rowOf.get(change.certificate.number)!
      const { language } = donorOf(change.certificate)
      if (!change.certificate.cancelled && row.language !== language) await req.payload.update({ collection: taxCertificatesSlug, id: row.id, data: { language } as never, overrideAccess: true, req })
      summary.unchanged += 1
      return
    }
    case 'new':
      await create(req, change.certificate, 'addition', donorOf(change.certificate), { at, by, action: 'added', amountCents: change.certificate.amountCents })
      summary.added += 1
      return
    case 'corrected': {
      const row = rowOf.get(change.certificate.number)!
      const entry = { at, by, action: 'corrected', amountCents: change.certificate.amountCents, previousAmountCents: row.amountCents, reasons: change.reasons.join(', ') }
      // A certificate first filed as an addition is corrected as a modification all the same: it was filed.
      await req.payload.update({
        collection: taxCertificatesSlug,
        id: row.id,
        data: { ...fieldsOf(change.certificate, donorOf(change.certificate)), status: 'corrected', treatment: 'modification', version: Number(row.version ?? 1) + 1, history: [...history(row), entry] } as never,
        overrideAccess: true,
        req,
      })
      summary.corrected += 1
      return
    }
    case 'cancelled': {
      const row = rowOf.get(change.certificate.number)!
      const entry = { at, by, action: 'cancelled', amountCents: row.amountCents, previousAmountCents: row.amountCents, reasons: '' }
      // The amount stays as filed: a Belcotax cancellation repeats it (docs/belcotax.md).
      await req.payload.update({ collection: taxCertificatesSlug, id: row.id, data: { status: 'cancelled', treatment: 'cancellation', version: Number(row.version ?? 1) + 1, history: [...history(row), entry] } as never, overrideAccess: true, req })
      summary.cancelled += 1
    }
  }
}

async function create(req: PayloadRequest, certificate: Certificate, treatment: 'original' | 'addition', meta: DonorMeta, entry: Record<string, unknown>): Promise<void> {
  await req.payload.create({
    collection: taxCertificatesSlug,
    data: { ...fieldsOf(certificate, meta), year: certificate.year, number: certificate.number, status: 'issued', treatment, version: 1, emailedVersion: 0, history: [entry] } as never,
    overrideAccess: true,
    req,
  })
}

/** `locale`: the emails' language (the donor's site language); `language`: the certificate's own, Dutch or French. */
type DonorMeta = { locale: Locale; language: CertificateLanguage; emails: string[] }

function fieldsOf(certificate: Certificate, { locale, language, emails }: DonorMeta) {
  const { donor } = certificate
  return {
    title: `${certificate.year}/${certificate.number} ${donor.name.firstNames} ${donor.name.familyName}`.trim(),
    amountCents: certificate.amountCents,
    donorKey: certificate.donorKey,
    firstNames: donor.name.firstNames,
    familyName: donor.name.familyName || donor.email,
    email: donor.email,
    emails,
    locale,
    language,
    // Sealed by the field's hook on the way in.
    nationalRegisterNumber: donor.nationalRegisterNumber ?? null,
    street: donor.address.street,
    postalCode: donor.address.postalCode,
    city: donor.address.city,
    country: donor.address.country || 'BE',
    giftIds: certificate.giftIds,
  }
}

const history = (row: CertificateRow) => (Array.isArray(row.history) ? row.history.map(({ id: _, ...entry }: Record<string, unknown>) => ({ ...entry, by: typeof entry.by === 'object' && entry.by ? (entry.by as { id: unknown }).id : entry.by })) : [])

export async function certificatesOf(req: PayloadRequest, year: number): Promise<CertificateRow[]> {
  const { docs } = await req.payload.find({ collection: taxCertificatesSlug, where: { year: { equals: year } }, sort: 'number', pagination: false, depth: 0, overrideAccess: true, req })
  return docs as unknown as CertificateRow[]
}

/** A stored certificate as certificateCorrections.ts compares it, its number opened in memory. */
export function toIssued(row: CertificateRow): IssuedCertificate {
  const nationalRegisterNumber = revealNationalRegisterNumber(row.nationalRegisterNumber)
  return {
    year: row.year,
    number: row.number,
    donorKey: String(row.donorKey),
    donor: {
      email: String(row.email),
      ...(nationalRegisterNumber ? { nationalRegisterNumber } : {}),
      name: { firstNames: String(row.firstNames ?? ''), familyName: String(row.familyName ?? '') },
      address: { street: String(row.street ?? ''), postalCode: String(row.postalCode ?? ''), city: String(row.city ?? ''), country: String(row.country ?? 'BE') },
    },
    amountCents: Number(row.amountCents),
    giftIds: Array.isArray(row.giftIds) ? row.giftIds.map(String) : [],
    cancelled: row.status === 'cancelled',
  }
}
