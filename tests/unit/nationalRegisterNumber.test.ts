import { describe, expect, it } from 'vitest'
import { formatNationalRegisterNumber, isValidNationalRegisterNumber, readNationalRegisterNumber } from '../../domain/nationalRegisterNumber'

/** Check digits worked out by hand: 97 − (first nine digits, with a 2 before them from 2000 on) mod 97. */
function withCheck(nineDigits: string, bornFrom2000: boolean): string {
  const base = BigInt(bornFrom2000 ? `2${nineDigits}` : nineDigits)
  return nineDigits + String(97 - Number(base % 97n)).padStart(2, '0')
}

describe('the Belgian national register number', () => {
  it('accepts a number of someone born before 2000', () => {
    const number = withCheck('850730033', false)
    expect(isValidNationalRegisterNumber(number)).toBe(true)
    expect(isValidNationalRegisterNumber(formatNationalRegisterNumber(number))).toBe(true)
  })

  it('accepts a number of someone born from 2000 on (with the 2 prefixed)', () => {
    const number = withCheck('030215123', true)
    expect(isValidNationalRegisterNumber(number)).toBe(true)
    // The two rules give different check digits here, so the 2000+ rule is what accepts it.
    expect(withCheck('030215123', false)).not.toBe(number)
  })

  it('refuses a wrong check, a wrong length and letters', () => {
    const number = withCheck('850730033', false)
    const wrong = number.slice(0, 9) + String((Number(number.slice(9)) % 96) + 1).padStart(2, '0')
    expect(isValidNationalRegisterNumber(wrong)).toBe(false)
    expect(isValidNationalRegisterNumber(number.slice(0, 10))).toBe(false)
    expect(isValidNationalRegisterNumber('85073003A12')).toBe(false)
  })

  it('reads the usual written form', () => {
    expect(formatNationalRegisterNumber('85073003328')).toBe('85.07.30-033.28')
    expect(isValidNationalRegisterNumber('85.07.30-033.28')).toBe(isValidNationalRegisterNumber('85073003328'))
  })
})

describe('reading a national register or BIS number', () => {
  const today = new Date(2026, 1, 15) // 15 February 2026

  it('gives the birth date and the kind of a number of someone born before 2000', () => {
    expect(readNationalRegisterNumber('85.07.30-033.28', today)).toEqual({
      ok: true,
      number: { digits: '85073003328', kind: 'nationalRegister', birthDate: { year: 1985, month: 7, day: 30 } },
    })
  })

  it('reads the century from the 2000+ check rule', () => {
    // 97 − (2030215124 mod 97) = 17; the 1900 rule would give another pair.
    const reading = readNationalRegisterNumber('03021512417', today)
    expect(reading).toEqual({ ok: true, number: { digits: '03021512417', kind: 'nationalRegister', birthDate: { year: 2003, month: 2, day: 15 } } })
    expect(readNationalRegisterNumber(withCheck('030215124', false), today)).toMatchObject({ ok: true, number: { birthDate: { year: 1903 } } })
  })

  it('reads a BIS number with 20 added to the month (sex unknown)', () => {
    expect(readNationalRegisterNumber('90251200155', today)).toEqual({
      ok: true,
      number: { digits: '90251200155', kind: 'bis', birthDate: { year: 1990, month: 5, day: 12 } },
    })
  })

  it('reads a BIS number with 40 added to the month (sex known), born from 2000', () => {
    expect(readNationalRegisterNumber('01430400235', today)).toEqual({
      ok: true,
      number: { digits: '01430400235', kind: 'bis', birthDate: { year: 2001, month: 3, day: 4 } },
    })
  })

  it('accepts an unknown month and day (written 00) and leaves them out of the birth date', () => {
    expect(readNationalRegisterNumber('60000012370', today)).toEqual({
      ok: true,
      number: { digits: '60000012370', kind: 'nationalRegister', birthDate: { year: 1960 } },
    })
    expect(readNationalRegisterNumber('70001500149', today)).toMatchObject({ ok: true, number: { birthDate: { year: 1970, day: 15 } } })
    expect(readNationalRegisterNumber(withCheck('902000001', false), today)).toMatchObject({ ok: true, number: { kind: 'bis', birthDate: { year: 1990 } } })
  })

  it('refuses impossible dates, also once the BIS offset is taken off', () => {
    expect(readNationalRegisterNumber('85023100192', today)).toEqual({ ok: false, problem: 'impossibleDate' }) // 31 February
    expect(readNationalRegisterNumber('03022900111', today)).toEqual({ ok: false, problem: 'impossibleDate' }) // 29 February 2003
    expect(readNationalRegisterNumber('04022900132', today)).toMatchObject({ ok: true }) // 29 February 2004, a leap year
    expect(readNationalRegisterNumber('85330100145', today)).toEqual({ ok: false, problem: 'impossibleDate' }) // BIS month 33 − 20 = 13
    expect(readNationalRegisterNumber(withCheck('851301001', false), today)).toEqual({ ok: false, problem: 'impossibleDate' })
    expect(readNationalRegisterNumber(withCheck('856001001', false), today)).toEqual({ ok: false, problem: 'impossibleDate' })
    expect(readNationalRegisterNumber(withCheck('850132001', false), today)).toEqual({ ok: false, problem: 'impossibleDate' })
  })

  it('refuses someone born in the future', () => {
    expect(readNationalRegisterNumber('99010100147', today)).toEqual({ ok: false, problem: 'bornInTheFuture' }) // 1 January 2099
    expect(readNationalRegisterNumber(withCheck('260216001', true), today)).toEqual({ ok: false, problem: 'bornInTheFuture' })
    expect(readNationalRegisterNumber(withCheck('260215001', true), today)).toMatchObject({ ok: true })
    expect(readNationalRegisterNumber(withCheck('270000001', true), today)).toEqual({ ok: false, problem: 'bornInTheFuture' })
  })

  it('says what is wrong with a number that is not one', () => {
    expect(readNationalRegisterNumber('8507300332', today)).toEqual({ ok: false, problem: 'format' })
    expect(readNationalRegisterNumber('85073003329', today)).toEqual({ ok: false, problem: 'checkDigits' })
  })

  it('keeps the simple check used by the donation form', () => {
    expect(isValidNationalRegisterNumber('90.25.12-001.55')).toBe(true)
    expect(isValidNationalRegisterNumber('85023100192')).toBe(false)
    expect(isValidNationalRegisterNumber('99010100147')).toBe(false)
  })
})
