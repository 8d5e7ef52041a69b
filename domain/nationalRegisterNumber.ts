/**
 * The Belgian national register number (rijksregisternummer / numéro de registre
 * national): YYMMDD, a three-digit serial, and two check digits, which are 97 minus the
 * first nine digits modulo 97 — with a 2 put before those nine digits for people born
 * from 2000 on. Either rule may apply, since the century is not written.
 */
export function normaliseNationalRegisterNumber(input: string): string {
  return input.replace(/[\s.\-/]/g, '')
}

export function isValidNationalRegisterNumber(input: string): boolean {
  const digits = normaliseNationalRegisterNumber(input)
  if (!/^\d{11}$/.test(digits)) return false
  const body = digits.slice(0, 9)
  const check = Number(digits.slice(9))
  const born1900s = 97 - Number(BigInt(body) % 97n)
  const born2000s = 97 - Number(BigInt(`2${body}`) % 97n)
  return check === born1900s || check === born2000s
}

export function formatNationalRegisterNumber(input: string): string {
  const d = normaliseNationalRegisterNumber(input)
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`
}
