import { describe, expect, it } from 'vitest'
import { pick, text } from '../../site/lib/localized'

describe('reading a localized field', () => {
  it('gives the value in the language asked for', () => {
    expect(pick({ nl: 'Hallo', fr: 'Bonjour', en: 'Hello' }, 'fr')).toEqual({ value: 'Bonjour', lang: 'fr' })
  })

  it('falls back to Dutch, saying so, when the translation is missing or empty', () => {
    expect(pick({ nl: 'Hallo', fr: '', en: null }, 'fr')).toEqual({ value: 'Hallo', lang: 'nl' })
    expect(pick({ nl: 'Hallo' }, 'en')).toEqual({ value: 'Hallo', lang: 'nl' })
  })

  it('gives nothing when no language has it', () => {
    expect(pick({ nl: '  ', fr: null }, 'fr')).toBeUndefined()
    expect(pick(undefined, 'nl')).toBeUndefined()
    expect(text(null, 'en')).toBe('')
  })

  it('treats a plain value as being in the language asked for', () => {
    expect(pick('+32 2 738 08 18', 'en')).toEqual({ value: '+32 2 738 08 18', lang: 'en' })
  })
})
