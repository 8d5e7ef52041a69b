import { describe, expect, it } from 'vitest'
import { formatNationalRegisterNumber, isValidNationalRegisterNumber } from '../../domain/nationalRegisterNumber'

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
