import { describe, expect, it } from 'vitest'
import en from '../../site/i18n/en'
import fr from '../../site/i18n/fr'
import { formatEuroCents } from '../../domain/money'
import { format, ui } from '../../site/i18n'
import nl from '../../site/i18n/nl'
import { uiStringsSchema } from '../../site/i18n/schema'

describe('interface strings', () => {
  it('are complete in every language', () => {
    for (const strings of [nl, fr, en]) expect(uiStringsSchema.safeParse(strings).success).toBe(true)
  })

  it('refuse a missing or empty translation, so the build stops', () => {
    const { news: _news, ...withoutNews } = fr
    expect(uiStringsSchema.safeParse(withoutNews).success).toBe(false)
    expect(uiStringsSchema.safeParse({ ...fr, notFound: { ...fr.notFound, title: ' ' } }).success).toBe(false)
    expect(uiStringsSchema.safeParse({ ...fr, unexpected: 'x' }).success).toBe(false)
  })

  it('use different address segments per language', () => {
    expect(new Set([nl, fr, en].map((s) => s.routes.programmes)).size).toBe(3)
  })

  it('fill placeholders and format euros the Belgian way', () => {
    expect(format(ui('en').fundraising.goalForYear, { year: 2026, amount: formatEuroCents(15_000_000, 'en', 'never') })).toBe('Our goal for 2026: €150,000 from private donors')
    expect(formatEuroCents(15_000_000, 'nl', 'never').replace(/\s/g, ' ')).toBe('€ 150.000')
    expect(formatEuroCents(15_000_000, 'fr', 'never').replace(/\s/g, ' ')).toBe('150 000 €')
  })
})
