/**
 * The Belgian enterprise number (ondernemingsnummer / numéro d'entreprise) given by the
 * Crossroads Bank for Enterprises (KBO/BCE): ten digits, the first 0 or 1, the last two
 * being 97 minus the first eight modulo 97. Written 0123.456.789, or BE0123456789 as a VAT
 * number; numbers issued before 2005 had nine digits and take a leading 0. Belcotax wants
 * the ten digits without separators (v0024, a1005, f2005, r8005).
 */
export type EnterpriseNumber = string & { readonly __brand: 'EnterpriseNumber' }

export function enterpriseNumberCheckDigits(firstEightDigits: string): string {
  return String(97 - (Number(firstEightDigits) % 97)).padStart(2, '0')
}

/** The ten digits, from any usual written form; undefined when it is not a valid number. */
export function parseEnterpriseNumber(input: string): EnterpriseNumber | undefined {
  const compact = input.trim().toUpperCase().replace(/^BE/, '').replace(/[\s.\-/]/g, '')
  if (!/^\d{9,10}$/.test(compact)) return undefined
  const digits = compact.padStart(10, '0')
  if (digits[0] !== '0' && digits[0] !== '1') return undefined
  if (enterpriseNumberCheckDigits(digits.slice(0, 8)) !== digits.slice(8)) return undefined
  return digits as EnterpriseNumber
}

export function isValidEnterpriseNumber(input: string): boolean {
  return parseEnterpriseNumber(input) !== undefined
}

/** 0123.456.789, as the KBO/BCE writes it. */
export function formatEnterpriseNumber(number: EnterpriseNumber): string {
  return `${number.slice(0, 4)}.${number.slice(4, 7)}.${number.slice(7)}`
}
