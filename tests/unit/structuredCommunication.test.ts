import { describe, expect, it } from 'vitest'
import { checkDigits, findStructuredCommunicationIn, parseStructuredCommunication, structuredCommunicationDigits, structuredCommunicationFor } from '../../domain/StructuredCommunication'

describe('the Belgian structured communication', () => {
  it('adds the first ten digits modulo 97 as check digits', () => {
    expect(structuredCommunicationFor(1234567890)).toBe('+++123/4567/89002+++')
    expect(checkDigits('0000000001')).toBe('01')
  })

  it('uses 97 where the remainder is 0', () => {
    expect(checkDigits('0000000097')).toBe('97')
    expect(structuredCommunicationFor(97)).toBe('+++000/0000/09797+++')
  })

  it('pads short references with zeros and refuses more than ten digits', () => {
    expect(structuredCommunicationFor(42)).toBe('+++000/0000/04242+++')
    expect(() => structuredCommunicationFor(10_000_000_000)).toThrow(RangeError)
    expect(() => structuredCommunicationFor(-1)).toThrow(RangeError)
  })

  it('accepts a correct communication as typed, and refuses a wrong check', () => {
    expect(parseStructuredCommunication('+++123/4567/89002+++')).toBe('+++123/4567/89002+++')
    expect(parseStructuredCommunication('***123/4567/89002***')).toBe('+++123/4567/89002+++')
    expect(parseStructuredCommunication('123456789002')).toBe('+++123/4567/89002+++')
    expect(parseStructuredCommunication('+++123/4567/89003+++')).toBeUndefined()
    expect(parseStructuredCommunication('12345678900')).toBeUndefined()
    expect(parseStructuredCommunication('abc123456789002')).toBeUndefined()
  })

  it('reads the twelve digits a bank statement gives, and gives them back', () => {
    const communication = parseStructuredCommunication('123456789002')!
    expect(communication).toBe('+++123/4567/89002+++')
    expect(structuredCommunicationDigits(communication)).toBe('123456789002')
  })

  it('finds a structured communication typed into a free communication', () => {
    expect(findStructuredCommunicationIn('gift +++123/4567/89002+++ thanks')).toBe('+++123/4567/89002+++')
    expect(findStructuredCommunicationIn('***123/4567/89002***')).toBe('+++123/4567/89002+++')
    expect(findStructuredCommunicationIn('ref 123 4567 89002')).toBe('+++123/4567/89002+++')
    expect(findStructuredCommunicationIn('REF123456789002/JAN')).toBe('+++123/4567/89002+++')
  })

  it('finds nothing in text without a correct one', () => {
    expect(findStructuredCommunicationIn('gift for the school')).toBeUndefined()
    expect(findStructuredCommunicationIn('+++123/4567/89003+++')).toBeUndefined()
    expect(findStructuredCommunicationIn('IBAN BE71096123456769 1234567890021')).toBeUndefined()
  })
})
