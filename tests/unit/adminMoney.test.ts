import { describe, expect, it } from 'vitest'
import { centsAsInput, formatCents, parseEuroAmount } from '../../cms/components/euros'

const spaces = (text: string) => text.replace(/\s/g, ' ')

describe('amounts in the admin', () => {
  it('read as euros in the admin language, the site’s way', () => {
    expect(spaces(formatCents(123450, 'nl'))).toBe('€ 1.234,50')
    expect(spaces(formatCents(123450, 'fr'))).toBe('1 234,50 €')
    expect(formatCents(123450, 'en')).toBe('€1,234.50')
  })

  it('fall back to English for a language the site does not have', () => {
    expect(formatCents(2500, 'de')).toBe('€25.00')
    expect(formatCents(2500, undefined)).toBe('€25.00')
  })

  it('are edited as plain euros that read back to the same cents', () => {
    expect(centsAsInput(2550, 'nl')).toBe('25,50')
    expect(centsAsInput(2550, 'fr')).toBe('25,50')
    expect(centsAsInput(2550, 'en')).toBe('25.50')
    expect(centsAsInput(2500, 'nl')).toBe('25')
    expect(centsAsInput(1234567, 'fr')).toBe('12345,67')
    for (const language of ['nl', 'fr', 'en'])
      for (const cents of [1, 99, 100, 2505, 123456, 9_999_999_99]) expect(parseEuroAmount(centsAsInput(cents, language)), `${language} ${cents}`).toBe(cents)
  })

  it('refuse what is not an amount, rather than store something else', () => {
    for (const typed of ['25,505', 'twenty', '-5', '1.234,50', '']) expect(parseEuroAmount(typed), typed).toBeUndefined()
    expect(parseEuroAmount('€ 25,5')).toBe(2550)
  })
})
