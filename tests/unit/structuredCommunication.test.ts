import { describe, expect, it } from 'vitest'
import { checkDigits, parseStructuredCommunication, structuredCommunicationFor } from '../../domain/StructuredCommunication'

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
})
