/** IBAN check (ISO 13616): country, check digits, and the whole modulo 97 equal to 1. */
export function normaliseIban(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

export function isValidIban(input: string): boolean {
  const iban = normaliseIban(input)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false
  if (iban.startsWith('BE') && iban.length !== 16) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))
  return BigInt(numeric) % 97n === 1n
}

export function formatIban(input: string): string {
  return normaliseIban(input).replace(/(.{4})/g, '$1 ').trim()
}

export function isValidBic(input: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(input.trim().toUpperCase())
}
