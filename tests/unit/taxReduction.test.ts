import { describe, expect, it } from 'vitest'
import { duplicateRateYear, isApprovedFor, knownReductionRates, taxReductionFor } from '../../domain/tax/taxReduction'

const policy = { approved: true, approvedFrom: 2024, approvedUntil: 2027, rates: knownReductionRates, minimumCents: 4000 }

describe('the tax reduction of a gift', () => {
  it('is the rate set for its income year, while the organisation is approved for that year', () => {
    expect(taxReductionFor(policy, 2024)).toEqual({ year: 2024, percent: 45, minimumCents: 4000 })
    expect(taxReductionFor(policy, 2025)).toEqual({ year: 2025, percent: 30, minimumCents: 4000 })
    expect(taxReductionFor(policy, 2026)?.percent).toBe(30)
  })

  it('is none outside the approval, when not approved, or without a rate for the year', () => {
    expect(taxReductionFor(policy, 2023)).toBeUndefined()
    expect(taxReductionFor(policy, 2028)).toBeUndefined()
    expect(taxReductionFor({ ...policy, approved: false }, 2025)).toBeUndefined()
    expect(taxReductionFor(policy, 2027)).toBeUndefined() // approved, but no rate set yet
    expect(isApprovedFor({ ...policy, approvedFrom: null, approvedUntil: null }, 1999)).toBe(true)
  })

  it('has one rate per year', () => {
    expect(duplicateRateYear([{ year: 2024 }, { year: 2025 }])).toBeUndefined()
    expect(duplicateRateYear([{ year: 2025 }, { year: 2024 }, { year: 2025 }])).toBe(2025)
  })
})
