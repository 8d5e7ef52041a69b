import { describe, expect, it } from 'vitest'
import { epcQrPayload } from '../../domain/epcQrPayload'
import { formatIban, isValidBic, isValidIban } from '../../domain/iban'

describe('the EPC QR payload', () => {
  it('lists the transfer in the EPC order, amount in euros with two decimals', () => {
    expect(
      epcQrPayload({ beneficiaryName: 'Red Cross of Belgium', iban: 'BE72 0000 0000 1616', bic: 'bpotbeb1', amountCents: 2550, remittance: '+++123/4567/89002+++' }),
    ).toBe(['BCD', '002', '1', 'SCT', 'BPOTBEB1', 'Red Cross of Belgium', 'BE72000000001616', 'EUR25.50', 'CHAR', '', '+++123/4567/89002+++'].join('\n'))
  })

  it('leaves out what is not given, keeping the positions of what follows', () => {
    expect(epcQrPayload({ beneficiaryName: 'Org', iban: 'BE72000000001616' })).toBe('BCD\n002\n1\nSCT\n\nOrg\nBE72000000001616\n\nCHAR')
  })

  it('needs a name', () => {
    expect(() => epcQrPayload({ beneficiaryName: ' ', iban: 'BE72000000001616' })).toThrow()
  })
})

describe('IBAN and BIC', () => {
  it('checks an IBAN modulo 97', () => {
    expect(isValidIban('BE72 0000 0000 1616')).toBe(true)
    expect(isValidIban('BE73 0000 0000 1616')).toBe(false)
    expect(isValidIban('BE72 0000 0000 161')).toBe(false)
    expect(formatIban('be72000000001616')).toBe('BE72 0000 0000 1616')
  })

  it('checks the shape of a BIC', () => {
    expect(isValidBic('GEBABEBB')).toBe(true)
    expect(isValidBic('GEBABEBBXXX')).toBe(true)
    expect(isValidBic('GEBA')).toBe(false)
  })
})
