/**
 * The CODA records we read, field by field. Positions are those of the Febelfin standard
 * "Coded statement of account (CODA)", version 2.6, annex I, written 1-based as there;
 * every record has 128 characters. Amounts have 12 digits and 3 decimals, signed by a
 * separate digit (0 credit, 1 debit); dates are DDMMYY, 000000 when there is none.
 */

/** Characters `from` to `to`, both included, 1-based as in the standard. */
export function field(record: string, from: number, to: number): string {
  return record.slice(from - 1, to)
}

export interface HeaderRecord {
  creationDate?: string
  /** Position 17: 'D' on a duplicate of a file already delivered. */
  duplicate: boolean
  versionCode: string
}

export function readHeader(record: string): HeaderRecord {
  return {
    creationDate: codaDate(field(record, 6, 11)),
    duplicate: field(record, 17, 17) === 'D',
    versionCode: field(record, 128, 128),
  }
}

export interface OldBalanceRecord {
  /** 0 Belgian account number, 1 foreign account number, 2 Belgian IBAN, 3 foreign IBAN. */
  accountStructure: string
  account: string
  currency: string
  /** Positions 3–5: the paper statement's number, or zeros. */
  paperSequence: string
  /** Positions 126–128: the CODA statement's number, from 001 each year. */
  codaSequence: string
  signedThousandths: number
}

export function readOldBalance(record: string): OldBalanceRecord {
  const structure = field(record, 2, 2)
  const zone = field(record, 6, 42)
  // Structure 0: 12-digit number, a blank, the currency; 1–3: 34 characters, then the currency at 40–42.
  const [account, currency] = structure === '0' ? [zone.slice(0, 12), zone.slice(13, 16)] : [zone.slice(0, 34), zone.slice(34, 37)]
  return {
    accountStructure: structure,
    account: account.trim(),
    currency: currency.trim(),
    paperSequence: field(record, 3, 5),
    codaSequence: field(record, 126, 128),
    signedThousandths: signedAmount(field(record, 43, 43), field(record, 44, 58)),
  }
}

export interface MovementRecord {
  sequence: string
  detail: string
  bankReference: string
  signedThousandths: number
  valueDate?: string
  /** Type (1 digit), family (2), transaction (2), category (3). */
  transactionCode: string
  /** Position 62: 1 when the communication is structured. */
  structured: boolean
  communication: string
  entryDate?: string
}

/** Record 2.1. */
export function readMovement(record: string): MovementRecord {
  return {
    sequence: field(record, 3, 6),
    detail: field(record, 7, 10),
    bankReference: field(record, 11, 31).trim(),
    signedThousandths: signedAmount(field(record, 32, 32), field(record, 33, 47)),
    valueDate: codaDate(field(record, 48, 53)),
    transactionCode: field(record, 54, 61),
    structured: field(record, 62, 62) === '1',
    communication: field(record, 63, 115),
    entryDate: codaDate(field(record, 116, 121)),
  }
}

export interface MovementPart2 {
  sequence: string
  detail: string
  communication: string
  counterpartyBic?: string
}

/** Record 2.2: communication continued, and the counterparty's BIC. */
export function readMovementPart2(record: string): MovementPart2 {
  return {
    sequence: field(record, 3, 6),
    detail: field(record, 7, 10),
    communication: field(record, 11, 63),
    counterpartyBic: field(record, 99, 109).trim() || undefined,
  }
}

export interface MovementPart3 {
  sequence: string
  detail: string
  counterpartyAccount?: string
  counterpartyName?: string
  communication: string
}

/** Record 2.3: the counterparty's account and name, and the end of the communication. */
export function readMovementPart3(record: string): MovementPart3 {
  // Positions 11–47 hold the account (an IBAN takes 34) followed by its currency.
  return {
    sequence: field(record, 3, 6),
    detail: field(record, 7, 10),
    counterpartyAccount: field(record, 11, 44).trim() || undefined,
    counterpartyName: field(record, 48, 82).trim() || undefined,
    communication: field(record, 83, 125),
  }
}

export interface NewBalanceRecord {
  sequence: string
  signedThousandths: number
  date?: string
}

export function readNewBalance(record: string): NewBalanceRecord {
  return {
    sequence: field(record, 2, 4),
    signedThousandths: signedAmount(field(record, 42, 42), field(record, 43, 57)),
    date: codaDate(field(record, 58, 63)),
  }
}

export interface TrailerRecord {
  /** The number of records 1, 2.x, 3.x and 8 of the statement. */
  recordCount: number
  debitThousandths: number
  creditThousandths: number
}

export function readTrailer(record: string): TrailerRecord {
  return {
    recordCount: Number(field(record, 17, 22)),
    debitThousandths: Number(field(record, 23, 37)),
    creditThousandths: Number(field(record, 38, 52)),
  }
}

/** An amount of 15 digits with three decimals, as thousandths; negative when the sign is 1. */
function signedAmount(sign: string, digits: string): number {
  if (!/^\d{15}$/.test(digits) || (sign !== '0' && sign !== '1')) return Number.NaN
  const thousandths = Number(digits)
  return sign === '1' ? -thousandths : thousandths
}

/** DDMMYY as YYYY-MM-DD; years 00–79 are this century. Undefined for 000000 or nonsense. */
export function codaDate(ddmmyy: string): string | undefined {
  if (!/^\d{6}$/.test(ddmmyy) || ddmmyy === '000000') return undefined
  const [day, month, yy] = [Number(ddmmyy.slice(0, 2)), Number(ddmmyy.slice(2, 4)), Number(ddmmyy.slice(4))]
  const year = yy < 80 ? 2000 + yy : 1900 + yy
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}
