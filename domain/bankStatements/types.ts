import type { StructuredCommunication } from '../StructuredCommunication'

/**
 * What a bank statement file tells us about money that came in, whichever format the
 * bank delivered it in (CODA or ISO 20022 CAMT.053). Only credits in euro are kept: they
 * are what may be a gift.
 */
export type StatementFormat = 'coda' | 'camt053'

/** What identifies one statement, so that the same statement uploaded twice is recognised. */
export interface StatementIdentity {
  format: StatementFormat
  /** The account the statement is of: an IBAN when the bank gives one, else as written. */
  account: string
  /** The bank's number for this statement (CODA sequence number, CAMT sequence or Id). */
  sequence: string
  /** The statement's date, YYYY-MM-DD. */
  date: string
  /** One string made of the above: equal for the same statement, different otherwise. */
  key: string
}

export type Communication =
  | { kind: 'structured'; value: StructuredCommunication }
  | { kind: 'free'; text: string }
  | { kind: 'none' }

export interface Counterparty {
  name?: string
  iban?: string
  bic?: string
}

export interface IncomingCredit {
  /**
   * Stable across uploads of the same statement, and distinct for every credit in it:
   * what a gift recorded from this credit keeps, so that it is recorded exactly once.
   */
  key: string
  amountCents: number
  currency: 'EUR'
  /** YYYY-MM-DD */
  bookingDate: string
  /** YYYY-MM-DD, when the bank gives one. */
  valueDate?: string
  counterparty: Counterparty
  communication: Communication
  /** The bank's own reference for the movement; informative only. */
  bankReference?: string
}

export interface BankStatement {
  identity: StatementIdentity
  credits: IncomingCredit[]
}

export interface ParsedStatementFile {
  format: StatementFormat
  statements: BankStatement[]
  /**
   * What does not add up but does not stop the reading (a trailer count that differs, a
   * credit in another currency left out…): to show to the person who uploaded the file.
   */
  warnings: string[]
}

/** The file cannot be read as a statement; the message says where and why. */
export class StatementFileError extends Error {
  override name = 'StatementFileError'
}
