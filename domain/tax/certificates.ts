import { isValidNationalRegisterNumber, normaliseNationalRegisterNumber } from '../nationalRegisterNumber'

/**
 * The year's tax certificates (attest 281.71) from the gifts of every kind: per donor, the
 * total of the calendar year's gifts really received and not refunded; a certificate for
 * each donor whose total reaches the minimum (EUR 40 a calendar year per institution),
 * numbered without gaps per year (shared/belcotax/README.md, "The rules").
 *
 * The same person is recognised across one-time, monthly, bank-transfer and hand-recorded
 * gifts by national register number, else by e-mail address (lowercased). A gift without
 * a number joins the donor with a number who used the same address — unless several did,
 * which is then left for a person to look at (`sharedEmail`).
 */
export type GiftKind = 'oneTime' | 'monthly' | 'bankTransfer' | 'manual'

export interface PostalAddress {
  street: string
  postalCode: string
  city: string
  /** ISO 3166-1 alpha-2, e.g. BE. */
  country: string
}

export interface DonorIdentity {
  nationalRegisterNumber?: string
  email: string
  name: { firstNames: string; familyName: string }
  address: PostalAddress
}

export interface Gift {
  id: string
  kind: GiftKind
  donor: DonorIdentity
  amountCents: number
  /** YYYY-MM-DD, the day the money was received; absent while it is not. */
  receivedOn?: string
  refundedCents: number
}

export interface DonorYear {
  /** `nrn:` and the number, or `email:` and the address. */
  donorKey: string
  /** As given with the donor's latest gift of the year, with the number of any of them. */
  donor: DonorIdentity
  emails: string[]
  totalCents: number
  gifts: Array<{ id: string; kind: GiftKind; countedCents: number }>
  /** The e-mail address is also that of more than one donor with a national register number. */
  sharedEmail: boolean
}

export interface Certificate {
  year: number
  number: number
  donorKey: string
  donor: DonorIdentity
  amountCents: number
  giftIds: string[]
}

export interface CertificateRules {
  year: number
  minimumCents: number
}

/** Every donor whose gifts of the year, less refunds, come to more than nothing. */
export function donorTotals(gifts: Gift[], year: number): DonorYear[] {
  const counted = gifts
    .filter((gift) => gift.receivedOn?.startsWith(`${year}-`))
    .map((gift) => ({ gift, cents: Math.max(0, gift.amountCents - gift.refundedCents), nrn: validNumber(gift.donor), email: emailOf(gift.donor) }))
    .filter(({ cents }) => cents > 0)

  const numbersByEmail = new Map<string, Set<string>>()
  for (const { nrn, email } of counted) if (nrn) numbersByEmail.set(email, (numbersByEmail.get(email) ?? new Set()).add(nrn))

  const groups = new Map<string, typeof counted>()
  for (const entry of counted) {
    const numbers = numbersByEmail.get(entry.email)
    const key = entry.nrn ? `nrn:${entry.nrn}` : numbers?.size === 1 ? `nrn:${[...numbers][0]}` : `email:${entry.email}`
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }

  return [...groups.entries()].map(([donorKey, entries]) => {
    const latest = entries.reduce((a, b) => (b.gift.receivedOn! >= a.gift.receivedOn! ? b : a))
    const nrn = donorKey.startsWith('nrn:') ? donorKey.slice(4) : undefined
    return {
      donorKey,
      donor: { ...withoutNumber(latest.gift.donor), email: latest.email, ...(nrn ? { nationalRegisterNumber: nrn } : {}) },
      emails: [...new Set(entries.map((entry) => entry.email))],
      totalCents: entries.reduce((sum, entry) => sum + entry.cents, 0),
      gifts: entries.map(({ gift, cents }) => ({ id: gift.id, kind: gift.kind, countedCents: cents })),
      sharedEmail: !nrn && (numbersByEmail.get(entries[0].email)?.size ?? 0) > 1,
    }
  })
}

/** The donors who reach the minimum, in certificate order, and those who do not. */
export function eligibleDonors(gifts: Gift[], rules: CertificateRules): { eligible: DonorYear[]; belowMinimum: DonorYear[] } {
  const totals = donorTotals(gifts, rules.year).sort(byName)
  return {
    eligible: totals.filter((donor) => donor.totalCents >= rules.minimumCents),
    belowMinimum: totals.filter((donor) => donor.totalCents < rules.minimumCents),
  }
}

/**
 * The year's certificates, numbered on from the last number already issued that year
 * (0 for the first issue), without gaps: the number is the same on the PDF and in the
 * Belcotax file (f2009_volgnummer).
 */
export function certificatesForYear(gifts: Gift[], rules: CertificateRules & { lastIssuedNumber: number }): { certificates: Certificate[]; belowMinimum: DonorYear[] } {
  const { eligible, belowMinimum } = eligibleDonors(gifts, rules)
  return { certificates: numberCertificates(eligible, rules.year, rules.lastIssuedNumber), belowMinimum }
}

export function numberCertificates(donors: DonorYear[], year: number, lastIssuedNumber: number): Certificate[] {
  return donors.map((donor, i) => ({
    year,
    number: lastIssuedNumber + i + 1,
    donorKey: donor.donorKey,
    donor: donor.donor,
    amountCents: donor.totalCents,
    giftIds: donor.gifts.map((gift) => gift.id),
  }))
}

/** By family name, then first names (as Dutch and French sort them), then key: the same order every time. */
function byName(a: DonorYear, b: DonorYear): number {
  const compare = (x: string, y: string) => x.localeCompare(y, 'nl', { sensitivity: 'base' })
  return compare(a.donor.name.familyName, b.donor.name.familyName) || compare(a.donor.name.firstNames, b.donor.name.firstNames) || (a.donorKey < b.donorKey ? -1 : a.donorKey > b.donorKey ? 1 : 0)
}

/** A number that fails its check is not used to match gifts: the form refuses those, so it is old data. */
function validNumber(donor: DonorIdentity): string | undefined {
  const number = donor.nationalRegisterNumber
  return number && isValidNationalRegisterNumber(number) ? normaliseNationalRegisterNumber(number) : undefined
}

function withoutNumber({ nationalRegisterNumber: _, ...donor }: DonorIdentity): DonorIdentity {
  return donor
}

function emailOf(donor: DonorIdentity): string {
  return donor.email.trim().toLowerCase()
}
