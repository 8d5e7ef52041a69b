/**
 * The Belgian national register number (rijksregisternummer / numéro de registre
 * national) and the BIS number given to people who are not in that register (both
 * accepted by Belcotax in f2011_nationaalnr): YYMMDD, a three-digit serial, and two check
 * digits, which are 97 minus the first nine digits modulo 97 — with a 2 put before those
 * nine digits for people born from 2000 on. The century is not written: which rule the
 * check digits follow tells it.
 *
 * A BIS number adds 20 to the month when the sex was unknown at registration and 40 when
 * it was known. A birth month or day that is not known is written 00.
 * (shared/belcotax/README.md, "Number check"; art. 323/3 § 3 of the income tax code
 * makes the number mandatory on certificates for gifts from 2024.)
 */
export type NationalNumberKind = 'nationalRegister' | 'bis'

/** Month and day are left out when the register does not know them (written 00). */
export interface BirthDate {
  year: number
  month?: number
  day?: number
}

export interface NationalNumber {
  /** The eleven digits, as Belcotax wants them. */
  digits: string
  kind: NationalNumberKind
  birthDate: BirthDate
}

export type NationalNumberProblem = 'format' | 'checkDigits' | 'impossibleDate' | 'bornInTheFuture'

export type NationalNumberReading = { ok: true; number: NationalNumber } | { ok: false; problem: NationalNumberProblem }

export function normaliseNationalRegisterNumber(input: string): string {
  return input.replace(/[\s.\-/]/g, '')
}

/**
 * Everything the number says, or why it cannot be one. `today` decides what is born in
 * the future; it defaults to now.
 */
export function readNationalRegisterNumber(input: string, today: Date = new Date()): NationalNumberReading {
  const digits = normaliseNationalRegisterNumber(input)
  if (!/^\d{11}$/.test(digits)) return { ok: false, problem: 'format' }

  const century = centuryFromCheckDigits(digits)
  if (century === undefined) return { ok: false, problem: 'checkDigits' }

  const writtenMonth = Number(digits.slice(2, 4))
  const kind: NationalNumberKind = writtenMonth >= 20 ? 'bis' : 'nationalRegister'
  const month = writtenMonth >= 40 ? writtenMonth - 40 : writtenMonth >= 20 ? writtenMonth - 20 : writtenMonth
  const day = Number(digits.slice(4, 6))
  const year = century + Number(digits.slice(0, 2))
  if (!isPossibleDate(year, month, day)) return { ok: false, problem: 'impossibleDate' }

  const birthDate: BirthDate = { year, ...(month > 0 ? { month } : {}), ...(day > 0 ? { day } : {}) }
  if (earliestDay(birthDate) > isoDay(today)) return { ok: false, problem: 'bornInTheFuture' }
  return { ok: true, number: { digits, kind, birthDate } }
}

export function isValidNationalRegisterNumber(input: string): boolean {
  return readNationalRegisterNumber(input).ok
}

export function formatNationalRegisterNumber(input: string): string {
  const d = normaliseNationalRegisterNumber(input)
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`
}

/** 1900 or 2000, by which of the two check-digit rules the number follows. */
function centuryFromCheckDigits(digits: string): 1900 | 2000 | undefined {
  const body = digits.slice(0, 9)
  const check = Number(digits.slice(9))
  if (check === 97 - Number(BigInt(body) % 97n)) return 1900
  if (check === 97 - Number(BigInt(`2${body}`) % 97n)) return 2000
  return undefined
}

/** Month 0 and day 0 stand for "not known"; anything else must be a real calendar day. */
function isPossibleDate(year: number, month: number, day: number): boolean {
  if (month > 12 || day > 31) return false
  if (month === 0 || day === 0) return true
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The first day the birth date can be, as YYYY-MM-DD, for comparing with today. */
function earliestDay({ year, month, day }: BirthDate): string {
  return `${year}-${String(month ?? 1).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}
