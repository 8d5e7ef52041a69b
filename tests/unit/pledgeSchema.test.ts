import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fieldErrors } from '../../domain/forms/errors'
import { pledgeSchema } from '../../domain/forms/pledge'

const rules = { pledgeDays: 14, today: '2026-11-21' }
const valid = { need: 3, quantity: 2, name: 'An Peeters', email: 'an@example.be', consent: true, locale: 'nl' }
const errorsFor = (input: unknown, locale: 'nl' | 'fr' | 'en' = 'en', extra: Partial<typeof rules & { stillWanted: number }> = {}) => {
  const result = pledgeSchema({ ...rules, ...extra }).safeParse(input)
  return result.success ? {} : fieldErrors(result.error as z.ZodError, locale)
}

describe('the pledge schema', () => {
  it('accepts a minimal pledge and one with every optional field, empty ones left out', () => {
    expect(pledgeSchema(rules).parse(valid)).toEqual(valid)
    const full = { ...valid, phone: '+32 470 12 34 56', expectedDate: '2026-11-30', message: 'Two laptops, 8 GB each.' }
    expect(pledgeSchema(rules).parse(full)).toEqual(full)
    expect(pledgeSchema(rules).parse({ ...valid, phone: '', expectedDate: '', message: '  ' })).toEqual(valid)
  })

  it('refuses zero, negative and fractional quantities', () => {
    for (const quantity of [0, -1, 1.5, '2', null]) expect(errorsFor({ ...valid, quantity })).toEqual({ quantity: 'Enter a whole number, at least 1.' })
  })

  it('refuses more than is still wanted when the page knows it, saying how many are left', () => {
    expect(errorsFor({ ...valid, quantity: 5 }, 'fr', { stillWanted: 3 })).toEqual({ quantity: 'Il n’en faut plus que 3. Choisissez un nombre plus petit.' })
    expect(errorsFor({ ...valid, quantity: 1 }, 'nl', { stillWanted: 0 })).toEqual({ quantity: 'Alles wat nodig is, is al toegezegd. Dank je wel!' })
    expect(errorsFor({ ...valid, quantity: 3 }, 'en', { stillWanted: 3 })).toEqual({})
  })

  it('requires consent, a name and a valid email, in the visitor’s language', () => {
    expect(errorsFor({ ...valid, consent: false, name: ' ', email: 'x@' }, 'nl')).toEqual({
      consent: 'Zonder je toestemming kunnen we dit niet verwerken.',
      name: 'Vul dit veld in.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
    })
    const { consent: _, ...withoutConsent } = valid
    expect(errorsFor(withoutConsent)).toHaveProperty('consent')
  })

  it('refuses markup or script in the message and the name', () => {
    for (const message of ['<script>alert(1)</script>', 'hi <img src=x onerror=alert(1)>', 'javascript:alert(1)', '<b>bold</b>']) {
      expect(errorsFor({ ...valid, message })).toEqual({ message: 'Please write plain text, without HTML code.' })
    }
    expect(errorsFor({ ...valid, name: '<a href=x>An</a>' })).toHaveProperty('name')
    expect(errorsFor({ ...valid, message: 'I have 2 < 3 laptops & a mouse' })).toEqual({})
  })

  it('takes line breaks in the message but not in the name, and no invisible controls anywhere', () => {
    expect(errorsFor({ ...valid, message: 'Two laptops.\r\nBoth with chargers.\tThanks' })).toEqual({})
    expect(errorsFor({ ...valid, name: 'An\nPeeters' })).toEqual({ name: 'This text contains invisible control characters. Please type it again without them.' })
    expect(errorsFor({ ...valid, message: 'ok\u2066hidden\u2069' }, 'nl')).toEqual({ message: expect.stringMatching(/onzichtbare stuurtekens/) })
    expect(errorsFor({ ...valid, message: 'bell\u0007' })).toHaveProperty('message')
  })

  it('refuses a need id no record can have', () => {
    for (const need of [0, 2_147_483_648, 1e21, Number.NaN]) expect(errorsFor({ ...valid, need })).toEqual({ need: 'Choose one of the options.' })
  })

  it('takes an expected date within the pledge period only', () => {
    expect(errorsFor({ ...valid, expectedDate: '2026-12-05' })).toEqual({})
    expect(errorsFor({ ...valid, expectedDate: '2027-01-15' }, 'en')).toEqual({ expectedDate: 'Choose a date within the next 14 days.' })
    expect(errorsFor({ ...valid, expectedDate: '2026-10-01' })).toHaveProperty('expectedDate')
    expect(errorsFor({ ...valid, expectedDate: '2026-02-30' })).toEqual({ expectedDate: 'Enter a valid date.' })
  })

  it('refuses unknown fields and a missing need', () => {
    expect(errorsFor({ ...valid, status: 'received' })).toHaveProperty('_form')
    expect(errorsFor({ ...valid, need: undefined })).toEqual({ need: 'Choose one of the options.' })
  })
})
