import { describe, expect, it } from 'vitest'
import { slugify, slugPattern } from '../../domain/slug'

describe('slugify', () => {
  it('turns titles in the three languages into address segments', () => {
    expect(slugify('Visites en détention')).toBe('visites-en-detention')
    expect(slugify('Détention & visites — l’été')).toBe('detention-visites-lete')
    expect(slugify('  Up Together!  ')).toBe('up-together')
    expect(slugify('Hygiëne- en onderhoudsproducten')).toBe('hygiene-en-onderhoudsproducten')
  })

  it('always yields something the slug pattern accepts, or nothing', () => {
    for (const title of ['A', 'Één twee', '***', 'x'.repeat(200), 'Ça va?']) {
      const slug = slugify(title)
      expect(slug === '' || slugPattern.test(slug), slug).toBe(true)
      expect(slug.length).toBeLessThanOrEqual(80)
    }
  })
})
