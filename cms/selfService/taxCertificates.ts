import type { PayloadRequest } from 'payload'
import type { Donor } from './people'

/** A tax certificate (281.71) as the donor's page lists it. */
export type TaxCertificateEntry = { year: number; label: string; url?: string }

/**
 * The hook for the donor's "Tax certificates" section, which shows only when this returns
 * something. No certificate is stored yet: domain/tax/certificates.ts works the year's
 * certificates out for Belcotax, but nothing keeps what was issued to whom. When a
 * certificates collection exists, read the donor's issued certificates here (by their
 * gifts' national register number or email, as certificates.ts recognises a donor) and
 * give each a download address under /api/self-service/<token>/…; erasure must then keep
 * issued certificates, which the tax administration requires, as it keeps gifts.
 */
export async function taxCertificatesFor(_req: PayloadRequest, _donor: Donor): Promise<TaxCertificateEntry[]> {
  return []
}
