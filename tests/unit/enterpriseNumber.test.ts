import { describe, expect, it } from 'vitest'
import {
  enterpriseNumberCheckDigits,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  parseEnterpriseNumber,
} from '../../domain/tax/EnterpriseNumber'

describe('the Belgian enterprise number (KBO/BCE)', () => {
  it('checks the last two digits: 97 minus the first eight modulo 97', () => {
    // 2032013 mod 97 = 57, and 97 - 57 = 40: 0203.201.340.
    expect(enterpriseNumberCheckDigits('02032013')).toBe('40')
    expect(parseEnterpriseNumber('0203201340')).toBe('0203201340')
    expect(parseEnterpriseNumber('0203201341')).toBeUndefined()
  })

  it('writes 97 when the first eight digits are a multiple of 97', () => {
    expect(enterpriseNumberCheckDigits('09700000')).toBe('97')
    expect(isValidEnterpriseNumber('0970.000.097')).toBe(true)
  })

  it('reads the usual written forms', () => {
    for (const written of ['0203.201.340', 'BE0203201340', 'BE 0203.201.340', 'be0203 201 340', '0203-201-340', ' 0203201340 ']) {
      expect(parseEnterpriseNumber(written), written).toBe('0203201340')
    }
  })

  it('takes an old nine-digit number with a leading zero', () => {
    expect(parseEnterpriseNumber('203.201.340')).toBe('0203201340')
  })

  it('accepts numbers starting with 1, refuses any other first digit', () => {
    const withCheck = (eight: string) => eight + enterpriseNumberCheckDigits(eight)
    expect(isValidEnterpriseNumber(withCheck('10000000'))).toBe(true)
    expect(isValidEnterpriseNumber(withCheck('20000000'))).toBe(false)
    expect(isValidEnterpriseNumber(withCheck('90000000'))).toBe(false)
  })

  it('refuses letters, wrong lengths and empty input', () => {
    expect(parseEnterpriseNumber('')).toBeUndefined()
    expect(parseEnterpriseNumber('0203.201.34')).toBeUndefined()
    expect(parseEnterpriseNumber('00203201340')).toBeUndefined()
    expect(parseEnterpriseNumber('0203.2O1.340')).toBeUndefined()
    expect(parseEnterpriseNumber('NL0203201340')).toBeUndefined()
  })

  it('formats as 0123.456.789', () => {
    const number = parseEnterpriseNumber('BE0203201340')!
    expect(formatEnterpriseNumber(number)).toBe('0203.201.340')
  })
})
