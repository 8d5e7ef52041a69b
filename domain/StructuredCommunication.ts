/**
 * The Belgian structured communication ("gestructureerde mededeling", OGM/VCS) that
 * identifies a bank transfer: ten digits and two check digits, the check being the first
 * ten modulo 97, or 97 where that is 0. Written +++123/4567/89002+++.
 */
export type StructuredCommunication = string & { readonly __brand: 'StructuredCommunication' }

export function checkDigits(tenDigits: string): string {
  const remainder = Number(BigInt(tenDigits) % 97n)
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0')
}

/** From any number below 10^10 (for example a gift's reference number). */
export function structuredCommunicationFor(reference: number | bigint): StructuredCommunication {
  const value = BigInt(reference)
  if (value < 0n || value >= 10_000_000_000n) throw new RangeError('A structured communication holds at most ten digits.')
  const base = value.toString().padStart(10, '0')
  return format(base + checkDigits(base))
}

export function parseStructuredCommunication(input: string): StructuredCommunication | undefined {
  const digits = input.replace(/[^0-9]/g, '')
  if (digits.length !== 12 || !/^[+*\s/0-9]*$/.test(input.trim())) return undefined
  return checkDigits(digits.slice(0, 10)) === digits.slice(10) ? format(digits) : undefined
}

export function structuredCommunicationDigits(communication: StructuredCommunication): string {
  return communication.replace(/[^0-9]/g, '')
}

function format(digits: string): StructuredCommunication {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++` as StructuredCommunication
}

/**
 * A structured communication typed into a free-text communication, as donors sometimes
 * do: +++123/4567/89002+++, ***123/4567/89002***, 123/4567/89002, or twelve digits
 * standing alone. Only one whose check digits are right is taken.
 */
export function findStructuredCommunicationIn(text: string): StructuredCommunication | undefined {
  const candidates = text.matchAll(/(?<![0-9])(\d{3})\s*\/?\s*(\d{4})\s*\/?\s*(\d{5})(?![0-9])/g)
  for (const [, a, b, c] of candidates) {
    const found = parseStructuredCommunication(a + b + c)
    if (found) return found
  }
  return undefined
}
