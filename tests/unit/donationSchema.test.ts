import { describe, expect, it } from 'vitest'
import { bankTransferReferenceSchema } from '../../domain/forms/bankTransfer'
import { chargedAmountCents, donationCheckoutSchema, parseEuroAmount } from '../../domain/forms/donation'
import { fieldErrors } from '../../domain/forms/errors'

const rules = { minimumCents: 500, maximumCents: 1_000_000, taxCertificates: false }
const valid = { amountCents: 2500, frequency: 'once', locale: 'nl', name: 'An Peeters', email: 'an@example.be' }

function errorsOf(input: unknown, locale: 'nl' | 'fr' | 'en', schemaRules = rules) {
  const result = donationCheckoutSchema(schemaRules).safeParse(input)
  return result.success ? {} : fieldErrors(result.error, locale)
}

describe('the donation request', () => {
  it('accepts the contract of POST /api/donations/checkout', () => {
    const result = donationCheckoutSchema(rules).parse({ ...valid, frequency: 'monthly', tribute: { kind: 'memory', name: 'Jan' } })
    expect(result).toMatchObject({ amountCents: 2500, frequency: 'monthly', coverFees: false, anonymous: false, newsletter: false })
  })

  it('answers bad input per field, in the visitor’s language', () => {
    expect(errorsOf({ ...valid, amountCents: 100 }, 'fr')).toEqual({ amountCents: expect.stringMatching(/au moins 5,00\s€/) })
    expect(errorsOf({ ...valid, amountCents: 2_000_000 }, 'en')).toEqual({ amountCents: 'The amount can be at most €10,000.00.' })
    expect(errorsOf({ ...valid, amountCents: 25.5 }, 'nl').amountCents).toMatch(/bedrag in euro/)
    expect(errorsOf({ ...valid, email: 'not-an-email' }, 'nl')).toEqual({ email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.' })
    expect(errorsOf({ ...valid, name: '  ' }, 'en')).toEqual({ name: 'Please fill in this field.' })
    expect(errorsOf({ ...valid, frequency: 'weekly' }, 'en')).toEqual({ frequency: 'Choose one of the options.' })
  })

  it('takes plain text only in every free-text field, by the rule the other forms use', () => {
    expect(errorsOf({ ...valid, name: '<script>alert(1)</script>' }, 'en')).toEqual({ name: 'Please write plain text, without HTML code.' })
    expect(errorsOf({ ...valid, name: 'Marie\u202eeiraM' }, 'fr')).toEqual({ name: expect.stringMatching(/caractères de contrôle invisibles/) })
    expect(errorsOf({ ...valid, name: 'Marie\nDubois' }, 'nl')).toEqual({ name: expect.stringMatching(/onzichtbare stuurtekens/) })
    expect(errorsOf({ ...valid, tribute: { kind: 'memory', name: '<img src=x onerror=alert(1)>' } }, 'en')).toEqual({ 'tribute.name': 'Please write plain text, without HTML code.' })
    const on = { ...rules, taxCertificates: true }
    const certificate = { nationalRegisterNumber: '85073003328', street: 'Kerkstraat 1\u0000', postalCode: '1000', city: '<b>Brussel</b>' }
    expect(Object.keys(errorsOf({ ...valid, taxCertificate: certificate }, 'en', on)).sort()).toEqual(['taxCertificate.city', 'taxCertificate.street'])
    expect(errorsOf({ ...valid, name: 'Zoë O’Brien-Nguyễn' }, 'en')).toEqual({})
  })

  it('refuses unknown fields, and a tax certificate while the organisation issues none', () => {
    expect(errorsOf({ ...valid, admin: true }, 'en')).toHaveProperty('_form')
    expect(errorsOf({ ...valid, taxCertificate: { nationalRegisterNumber: '85073003328', street: 'a', postalCode: '1000', city: 'b' } }, 'en')).toEqual({
      taxCertificate: 'We cannot issue tax certificates for this year’s gifts. Your gift is still welcome without one.',
    })
  })

  it('checks the national register number when certificates are on', () => {
    const on = { ...rules, taxCertificates: true }
    const address = { street: 'Kerkstraat 1', postalCode: '1000', city: 'Brussel' }
    expect(errorsOf({ ...valid, taxCertificate: { ...address, nationalRegisterNumber: '85.07.30-033.28' } }, 'nl', on)).toEqual({})
    expect(errorsOf({ ...valid, taxCertificate: { ...address, nationalRegisterNumber: '85.07.30-033.29' } }, 'nl', on)).toEqual({
      'taxCertificate.nationalRegisterNumber': 'Dit rijksregisternummer klopt niet. Controleer de 11 cijfers.',
    })
    expect(errorsOf({ ...valid, taxCertificate: { ...address, postalCode: '999', nationalRegisterNumber: '85073003328' } }, 'fr', on)).toHaveProperty('taxCertificate.postalCode')
    // Each way of being wrong has its own message: digits missing, a date that cannot be one, a birth still to come.
    const numberError = (nationalRegisterNumber: string, locale: 'nl' | 'fr' | 'en') => errorsOf({ ...valid, taxCertificate: { ...address, nationalRegisterNumber } }, locale, on)['taxCertificate.nationalRegisterNumber']
    expect(numberError('85.07.30-033', 'en')).toMatch(/^Enter the 11 digits/)
    expect(numberError('', 'fr')).toBe('Veuillez remplir ce champ.')
    const withCheck = (nine: string, born2000 = false) => `${nine}${String(97 - Number(BigInt(`${born2000 ? '2' : ''}${nine}`) % 97n)).padStart(2, '0')}`
    expect(numberError(withCheck('850231001'), 'nl')).toMatch(/^De eerste 6 cijfers van dit nummer zijn geen mogelijke geboortedatum/)
    expect(numberError(withCheck('991231001', true), 'fr')).toMatch(/pas une date de naissance possible/)
    // A BIS number (month + 40) and someone born in 2001 are accepted.
    expect(numberError(withCheck('854730033'), 'en')).toBeUndefined()
    expect(numberError(withCheck('010304002', true), 'en')).toBeUndefined()
  })

  it('asks the certificate’s language: the page’s when Dutch or French, the donor’s own choice on an English page', () => {
    const on = { ...rules, taxCertificates: true }
    const certificate = { nationalRegisterNumber: '85073003328', street: 'Kerkstraat 1', postalCode: '1000', city: 'Brussel' }
    const parsed = (input: unknown) => donationCheckoutSchema(on).safeParse(input)
    // An English page preselects nothing: without a choice the donor is asked, in English, at the field.
    expect(errorsOf({ ...valid, locale: 'en', taxCertificate: certificate }, 'en', on)).toEqual({
      'taxCertificate.language': 'Choose the language of your tax certificate: Nederlands (Dutch) or Français (French).',
    })
    // Asked together with the other problems, not after them.
    expect(Object.keys(errorsOf({ ...valid, locale: 'en', name: '', taxCertificate: { ...certificate, postalCode: '1' } }, 'en', on)).sort()).toEqual(['name', 'taxCertificate.language', 'taxCertificate.postalCode'])
    expect(parsed({ ...valid, locale: 'en', taxCertificate: { ...certificate, language: 'fr' } }).data?.taxCertificate?.language).toBe('fr')
    // A Dutch or French page preselects its own language; the donor may choose the other.
    expect(parsed({ ...valid, locale: 'nl', taxCertificate: certificate }).data?.taxCertificate?.language).toBe('nl')
    expect(parsed({ ...valid, locale: 'fr', taxCertificate: certificate }).data?.taxCertificate?.language).toBe('fr')
    expect(parsed({ ...valid, locale: 'nl', taxCertificate: { ...certificate, language: 'fr' } }).data?.taxCertificate?.language).toBe('fr')
    // Only the administration's two languages.
    for (const language of ['en', 'de', '', 'NL', 1]) {
      expect(errorsOf({ ...valid, locale: 'nl', taxCertificate: { ...certificate, language } }, 'fr', on), String(language)).toEqual({
        'taxCertificate.language': 'Choisissez la langue de votre attestation fiscale : Nederlands ou Français.',
      })
    }
    // No certificate, no language asked.
    expect(errorsOf({ ...valid, locale: 'en' }, 'en', on)).toEqual({})
  })

  it('asks the same on the bank-transfer form, only when a certificate is wanted', () => {
    const bank = bankTransferReferenceSchema({ minimumCents: 500, maximumCents: 1_000_000, taxCertificates: true })
    const request = { locale: 'en', name: 'Sam Smith', email: 'sam@example.be' }
    const errors = (input: unknown) => {
      const result = bank.safeParse(input)
      return result.success ? {} : fieldErrors(result.error, 'nl')
    }
    expect(errors({ ...request, taxCertificate: true })).toEqual({ certificateLanguage: 'Kies de taal van je fiscaal attest: Nederlands of Français.' })
    expect(Object.keys(errors({ ...request, email: 'x', taxCertificate: true })).sort()).toEqual(['certificateLanguage', 'email'])
    expect(errors({ ...request, taxCertificate: true, certificateLanguage: 'en' })).toHaveProperty('certificateLanguage')
    expect(bank.parse({ ...request, taxCertificate: true, certificateLanguage: 'fr' }).certificateLanguage).toBe('fr')
    expect(bank.parse({ ...request, locale: 'fr', taxCertificate: true }).certificateLanguage).toBe('fr')
    expect(errors({ ...request, taxCertificate: false })).toEqual({})
  })

  it('adds the payment costs only when asked', () => {
    expect(chargedAmountCents(2500, true, 3)).toBe(2575)
    expect(chargedAmountCents(2500, false, 3)).toBe(2500)
    expect(chargedAmountCents(2500, true, 0)).toBe(2500)
  })

  it('reads amounts as people type them', () => {
    expect(parseEuroAmount('25')).toBe(2500)
    expect(parseEuroAmount('25,5')).toBe(2550)
    expect(parseEuroAmount('€ 25.05')).toBe(2505)
    expect(parseEuroAmount('25,555')).toBeUndefined()
    expect(parseEuroAmount('-5')).toBeUndefined()
    expect(parseEuroAmount('')).toBeUndefined()
  })
})
