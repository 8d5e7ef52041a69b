import type { PayloadRequest } from 'payload'
import { type CertificateLanguage, fallbackCertificateLanguage, isCertificateLanguage } from '../../domain/tax/certificateLanguage'
import { belongsTo } from '../taxCertificates/endpoints'
import type { CertificateRow } from '../taxCertificates/issue'
import type { Donor } from './people'

/** A tax certificate (281.71) as the donor's page lists it. */
export type TaxCertificateEntry = { year: number; label: string; url?: string }

const words = {
  nl: { certificate: 'Fiscaal attest {year} nr. {number}', corrected: ' (verbeterd)', cancelled: ' (geannuleerd)' },
  fr: { certificate: 'Attestation fiscale {year} n° {number}', corrected: ' (rectifiée)', cancelled: ' (annulée)' },
  en: { certificate: 'Tax certificate {year} no. {number}', corrected: ' (corrected)', cancelled: ' (cancelled)' },
} as const

/**
 * The donor's "Tax certificates" section: every certificate issued to an address the donor
 * gave with a gift, in the years they gave, each downloadable through their personal link
 * (/api/tax-certificates/self-service/<token>/<id>, which checks the same). Erasure keeps
 * certificates, as it keeps gifts: the tax administration requires them.
 */
export async function taxCertificatesFor(req: PayloadRequest, donor: Donor, certificates?: CertificateRow[]): Promise<TaxCertificateEntry[]> {
  const rows = certificates ?? (await certificatesOfDonor(req, donor))
  const latest = donor.monthlyGifts[0]?.locale ?? donor.donations[0]?.locale
  const t = words[latest === 'fr' || latest === 'en' ? latest : 'nl']
  return rows.map((row) => ({
    year: row.year,
    label: t.certificate.replace('{year}', String(row.year)).replace('{number}', String(row.number)) + (row.status === 'corrected' ? t.corrected : row.status === 'cancelled' ? t.cancelled : ''),
    url: `/api/tax-certificates/self-service/${encodeURIComponent(donor.link.token)}/${row.id}`,
  }))
}

/** The donor's certificates, cancelled ones included, newest year first. */
export async function certificatesOfDonor(req: PayloadRequest, donor: Donor): Promise<CertificateRow[]> {
  const years = [...new Set(donor.donations.map((gift) => new Date(String(gift.receivedAt)).getUTCFullYear()).flatMap((year) => [year - 1, year, year + 1]))]
  if (years.length === 0) return []
  const { docs } = await req.payload.find({ collection: 'tax-certificates', where: { year: { in: years } }, sort: ['-year', 'number'], pagination: false, depth: 0, overrideAccess: true, req })
  return (docs as unknown as CertificateRow[]).filter((row) => belongsTo(row, donor.email))
}

/**
 * The language the donor's certificates are in: their latest choice on a gift (monthly gift
 * first, then the newest gift), else their latest certificate's, else the old rule.
 */
export function donorCertificateLanguage(donor: Donor, rows: CertificateRow[]): CertificateLanguage {
  const chosen = [...donor.monthlyGifts, ...donor.donations].map((gift) => gift.taxCertificate?.certificateLanguage).find(isCertificateLanguage)
  if (chosen) return chosen
  const issued = rows.find((row) => row.status !== 'cancelled' && isCertificateLanguage(row.language))
  if (issued) return issued.language
  const gift = donor.monthlyGifts[0] ?? donor.donations[0]
  return fallbackCertificateLanguage(gift?.locale, gift?.taxCertificate?.postalCode)
}
