import { normaliseNationalRegisterNumber } from '../nationalRegisterNumber'
import { eligibleDonors, type Certificate, type CertificateRules, type DonorIdentity, type DonorYear, type Gift } from './certificates'

/**
 * What changes once a year's certificates have been issued and the gifts change (a
 * refund, a late bank transfer, a donor who adds a national register number): each
 * issued certificate comes back unchanged, corrected (same number, a new amount or
 * identity, replacing the original) or cancelled (the donor no longer reaches the
 * minimum), and a donor who now reaches it gets a new certificate numbered on after the
 * last one. Nothing changes silently: every difference is one of these.
 *
 * In Belcotax a correction is a modification (f2028_typetraitement 1) of the same
 * f2009_volgnummer, a cancellation is 3, a new certificate after the first filing is an
 * addition (2) (docs/belcotax.md).
 */
export type CorrectionReason = 'amount' | 'nationalRegisterNumber' | 'name' | 'address'

export interface IssuedCertificate extends Certificate {
  /** A certificate cancelled earlier keeps its number, and is not matched again. */
  cancelled?: boolean
}

export type CertificateChange =
  | { kind: 'unchanged'; certificate: IssuedCertificate }
  | { kind: 'corrected'; certificate: Certificate; replaces: IssuedCertificate; reasons: CorrectionReason[] }
  | { kind: 'cancelled'; certificate: IssuedCertificate }
  | { kind: 'new'; certificate: Certificate }

/** Every change to the year's issued certificates that the current gifts call for, by number. */
export function reviseCertificates(issued: IssuedCertificate[], gifts: Gift[], rules: CertificateRules): CertificateChange[] {
  const ofYear = issued.filter((certificate) => certificate.year === rules.year)
  const { eligible } = eligibleDonors(gifts, rules)
  const matches = matchIssued(ofYear.filter((certificate) => !certificate.cancelled), eligible)

  const changes: CertificateChange[] = ofYear
    .filter((certificate) => !certificate.cancelled)
    .map((certificate) => {
      const donor = matches.get(certificate)
      if (!donor) return { kind: 'cancelled', certificate }
      const reasons = differences(certificate, donor)
      if (reasons.length === 0) return { kind: 'unchanged', certificate }
      const corrected = { year: rules.year, number: certificate.number, donorKey: donor.donorKey, donor: donor.donor, amountCents: donor.totalCents, giftIds: donor.gifts.map((gift) => gift.id) }
      return { kind: 'corrected', certificate: corrected, replaces: certificate, reasons }
    })

  const matched = new Set(matches.values())
  let lastNumber = ofYear.reduce((max, certificate) => Math.max(max, certificate.number), 0)
  for (const donor of eligible.filter((candidate) => !matched.has(candidate))) {
    lastNumber += 1
    changes.push({ kind: 'new', certificate: { year: rules.year, number: lastNumber, donorKey: donor.donorKey, donor: donor.donor, amountCents: donor.totalCents, giftIds: donor.gifts.map((gift) => gift.id) } })
  }
  return changes.sort((a, b) => a.certificate.number - b.certificate.number)
}

/**
 * Each issued certificate's donor in the new totals: first by national register number,
 * then by e-mail address for those that had or have none — so a donor who added a number
 * after the issue is still the same donor. Two different numbers are never the same donor.
 */
function matchIssued(issued: IssuedCertificate[], donors: DonorYear[]): Map<IssuedCertificate, DonorYear> {
  const matches = new Map<IssuedCertificate, DonorYear>()
  const taken = new Set<DonorYear>()
  const pass = (sameDonor: (certificate: IssuedCertificate, donor: DonorYear) => boolean) => {
    for (const certificate of issued) {
      if (matches.has(certificate)) continue
      const donor = donors.find((candidate) => !taken.has(candidate) && sameDonor(certificate, candidate))
      if (donor) {
        matches.set(certificate, donor)
        taken.add(donor)
      }
    }
  }
  pass((certificate, donor) => !!numberOf(certificate.donor) && numberOf(certificate.donor) === numberOf(donor.donor))
  pass((certificate, donor) => {
    const [before, now] = [numberOf(certificate.donor), numberOf(donor.donor)]
    if (before && now && before !== now) return false
    return donor.emails.includes(certificate.donor.email.trim().toLowerCase())
  })
  return matches
}

function differences(certificate: Certificate, donor: DonorYear): CorrectionReason[] {
  const reasons: CorrectionReason[] = []
  if (certificate.amountCents !== donor.totalCents) reasons.push('amount')
  if (numberOf(certificate.donor) !== numberOf(donor.donor)) reasons.push('nationalRegisterNumber')
  if (!sameText(nameOf(certificate.donor), nameOf(donor.donor))) reasons.push('name')
  if (!sameText(addressOf(certificate.donor), addressOf(donor.donor))) reasons.push('address')
  return reasons
}

const numberOf = (donor: DonorIdentity) => normaliseNationalRegisterNumber(donor.nationalRegisterNumber ?? '')
const nameOf = (donor: DonorIdentity) => `${donor.name.firstNames}|${donor.name.familyName}`
const addressOf = (donor: DonorIdentity) => `${donor.address.street}|${donor.address.postalCode}|${donor.address.city}|${donor.address.country}`
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()
