/**
 * Whether a gift of a given income year earns the donor a tax reduction, and at what rate:
 * decided by the Tax certificate settings (cms/globals/TaxCertificateSettings.ts), never
 * by a number in code or copy. The rate is set per income year (45 % up to 2024, 30 % from
 * 2025, see ../shared/belcotax/README.md) because the law changes it.
 */
export type ReductionRate = { year: number; percent: number }

export type TaxCertificatePolicy = {
  approved: boolean
  /** First and last income year of the approval; either may be open. */
  approvedFrom?: number | null
  approvedUntil?: number | null
  rates: readonly ReductionRate[]
  /** The least a donor must give in a calendar year to get a certificate (EUR 40). */
  minimumCents: number
}

/** What the public may know: shown on the donate page and in thank-you emails. */
export type TaxReduction = { year: number; percent: number; minimumCents: number }

export const defaultMinimumCents = 4000

export function isApprovedFor(policy: TaxCertificatePolicy, year: number): boolean {
  if (!policy.approved) return false
  if (policy.approvedFrom && year < policy.approvedFrom) return false
  if (policy.approvedUntil && year > policy.approvedUntil) return false
  return true
}

export function reductionPercentFor(policy: Pick<TaxCertificatePolicy, 'rates'>, year: number): number | undefined {
  return policy.rates.find((rate) => rate.year === year)?.percent
}

/**
 * The reduction a gift of this income year earns, or undefined when the organisation is
 * not approved for that year or no rate is set for it: then nothing about tax is said.
 */
export function taxReductionFor(policy: TaxCertificatePolicy, year: number): TaxReduction | undefined {
  const percent = reductionPercentFor(policy, year)
  if (!isApprovedFor(policy, year) || percent === undefined) return undefined
  return { year, percent, minimumCents: policy.minimumCents }
}

/** Two rates for one year would make the rate a matter of order: refused. */
export function duplicateRateYear(rates: readonly { year?: number | null }[]): number | undefined {
  const seen = new Set<number>()
  for (const { year } of rates) {
    if (typeof year !== 'number') continue
    if (seen.has(year)) return year
    seen.add(year)
  }
  return undefined
}

/** The rates the law sets, as gathered in ../shared/belcotax/README.md: what a new installation starts with. */
export const knownReductionRates: readonly ReductionRate[] = [
  { year: 2024, percent: 45 },
  { year: 2025, percent: 30 },
  { year: 2026, percent: 30 },
]
