import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { isValidIban, normaliseIban } from '../iban'
import { parseStructuredCommunication } from '../StructuredCommunication'
import { StatementFileError, type BankStatement, type Communication, type Counterparty, type IncomingCredit, type ParsedStatementFile } from './types'

/**
 * Reads an ISO 20022 bank-to-customer statement (camt.053, Document/BkToCstmrStmt/Stmt),
 * as Belgian banks deliver it next to CODA. Of each statement it keeps the booked credit
 * entries in euro (Ntry with CdtDbtInd CRDT), one per transaction (TxDtls) when an entry
 * carries several whose amounts add up to it. The Belgian structured communication is
 * the 12-digit RmtInf/Strd/CdtrRefInf/Ref, typed SCOR and issued by BBA (Febelfin AOS1
 * "OGM-VCS"); the free one is RmtInf/Ustrd. Versions 001.02 to 001.08 differ in where a
 * few of these sit (Dbtr/Nm or Dbtr/Pty/Nm, Sts as text or Sts/Cd, BIC or BICFI): both
 * are read.
 */
type Node = Record<string, unknown>

const REPEATED = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
})

export function parseCamt053(xml: string): ParsedStatementFile {
  // A statement has no document type declaration; refusing one keeps entity tricks out.
  if (/<!DOCTYPE/i.test(xml)) throw new StatementFileError('The XML file has a document type declaration, which no bank statement has.')
  const wellFormed = XMLValidator.validate(xml)
  if (wellFormed !== true) throw new StatementFileError(`The XML file is not well-formed (line ${wellFormed.err.line}): ${wellFormed.err.msg}`)
  const report = node(node(parser.parse(xml), 'Document'), 'BkToCstmrStmt')
  if (!report) throw new StatementFileError('The XML file is not an ISO 20022 CAMT.053 statement (Document/BkToCstmrStmt).')

  const warnings: string[] = []
  const statements = list(report, 'Stmt').map((stmt, index) => readStatement(stmt, index, warnings))
  if (statements.length === 0) throw new StatementFileError('The CAMT.053 file holds no statement (Stmt).')
  return { format: 'camt053', statements, warnings }
}

function readStatement(stmt: Node, index: number, warnings: string[]): BankStatement {
  const accountNode = node(stmt, 'Acct', 'Id')
  const rawAccount = text(accountNode, 'IBAN') ?? text(accountNode, 'Othr', 'Id')
  if (!rawAccount) throw new StatementFileError(`CAMT.053 statement ${index + 1} does not say its account (Stmt/Acct/Id).`)
  const account = isValidIban(rawAccount) ? normaliseIban(rawAccount) : rawAccount
  const sequence = text(stmt, 'ElctrncSeqNb') ?? text(stmt, 'LglSeqNb') ?? text(stmt, 'Id') ?? String(index + 1)
  const date = statementDate(stmt)
  if (!date) throw new StatementFileError(`CAMT.053 statement ${sequence} of ${account} has no date.`)
  const identity = { format: 'camt053' as const, account, sequence, date, key: `camt053:${account}:${date}:${sequence}` }
  const label = `CAMT.053 statement ${sequence} of ${account}`

  const credits = list(stmt, 'Ntry').flatMap((entry, entryIndex) => {
    const booked = (text(entry, 'Sts') ?? text(entry, 'Sts', 'Cd') ?? 'BOOK') === 'BOOK'
    const reversal = text(entry, 'RvslInd') === 'true'
    if (text(entry, 'CdtDbtInd') !== 'CRDT' || !booked || reversal) return []
    return entryCredits(entry, `${label}, entry ${text(entry, 'NtryRef') ?? entryIndex + 1}`, baseKey(entry, identity.key, account, entryIndex), warnings)
  })
  return { identity, credits }
}

/** The closing booked balance's date, else the end of the period, else the creation date. */
function statementDate(stmt: Node): string | undefined {
  const closing = list(stmt, 'Bal').find((bal) => text(bal, 'Tp', 'CdOrPrtry', 'Cd') === 'CLBD')
  return day(closing, 'Dt') ?? text(stmt, 'FrToDt', 'ToDtTm')?.slice(0, 10) ?? text(stmt, 'CreDtTm')?.slice(0, 10)
}

/** The bank's unique reference of the entry where it gives one; else its place in this statement. */
function baseKey(entry: Node, statementKey: string, account: string, entryIndex: number): string {
  const reference = text(entry, 'AcctSvcrRef')
  return reference ? `camt053:${account}:${reference}` : `${statementKey}:${text(entry, 'NtryRef') ?? `entry${entryIndex + 1}`}`
}

function entryCredits(entry: Node, where: string, key: string, warnings: string[]): IncomingCredit[] {
  const amount = amountNode(node(entry, 'Amt'))
  if (!amount || amount.currency !== 'EUR') {
    warnings.push(`${where}: a credit ${amount ? `in ${amount.currency}` : 'without a readable amount'} is left out.`)
    return []
  }
  const bookingDate = day(entry, 'BookgDt')
  if (!bookingDate) {
    warnings.push(`${where}: a credit without a booking date is left out.`)
    return []
  }
  const common = {
    currency: 'EUR' as const,
    bookingDate,
    ...optional('valueDate', day(entry, 'ValDt')),
    ...optional('bankReference', text(entry, 'AcctSvcrRef')),
  }
  const transactions = list(entry, 'NtryDtls').flatMap((details) => list(details, 'TxDtls'))
  if (transactions.length <= 1) {
    const [transaction] = transactions
    return [{ key, amountCents: amount.cents, ...common, counterparty: counterpartyOf(transaction), communication: communicationOf(transaction, where, warnings) }]
  }
  const split = transactions.map((transaction) => ({ transaction, cents: signedCents(transaction, entry) }))
  if (split.some((part) => part.cents === undefined) || split.reduce((sum, part) => sum + (part.cents ?? 0), 0) !== amount.cents) {
    warnings.push(`${where}: its ${transactions.length} transactions do not add up to it, so it is kept as one credit without counterparty.`)
    return [{ key, amountCents: amount.cents, ...common, counterparty: {}, communication: { kind: 'none' } }]
  }
  return split.flatMap(({ transaction, cents }, i) =>
    cents !== undefined && cents > 0
      ? [{ key: `${key}:${i + 1}`, amountCents: cents, ...common, counterparty: counterpartyOf(transaction), communication: communicationOf(transaction, `${where}, transaction ${i + 1}`, warnings) }]
      : [],
  )
}

/** A transaction's own amount, signed from the account's side (its CdtDbtInd, else the entry's). */
function signedCents(transaction: Node, entry: Node): number | undefined {
  const amount = amountNode(node(transaction, 'AmtDtls', 'TxAmt', 'Amt') ?? node(transaction, 'Amt'))
  if (!amount || amount.currency !== 'EUR') return undefined
  const direction = text(transaction, 'CdtDbtInd') ?? text(entry, 'CdtDbtInd')
  return direction === 'DBIT' ? -amount.cents : amount.cents
}

/** For a credit, the other party is the debtor. */
function counterpartyOf(transaction: Node | undefined): Counterparty {
  const parties = node(transaction, 'RltdPties')
  const name = text(parties, 'Dbtr', 'Nm') ?? text(parties, 'Dbtr', 'Pty', 'Nm')
  const iban = text(parties, 'DbtrAcct', 'Id', 'IBAN')
  const agent = node(transaction, 'RltdAgts', 'DbtrAgt', 'FinInstnId')
  const bic = text(agent, 'BIC') ?? text(agent, 'BICFI')
  return { ...optional('name', name), ...optional('iban', iban && isValidIban(iban) ? normaliseIban(iban) : undefined), ...optional('bic', bic) }
}

function communicationOf(transaction: Node | undefined, where: string, warnings: string[]): Communication {
  const remittance = node(transaction, 'RmtInf')
  for (const structured of list(remittance, 'Strd')) {
    const reference = text(structured, 'CdtrRefInf', 'Ref')
    if (!reference) continue
    const value = parseStructuredCommunication(reference)
    if (value) return { kind: 'structured', value }
    if (text(structured, 'CdtrRefInf', 'Tp', 'CdOrPrtry', 'Cd') === 'SCOR' && text(structured, 'CdtrRefInf', 'Tp', 'Issr') === 'BBA') {
      warnings.push(`${where}: its structured communication ${reference} has wrong check digits; it is kept as text.`)
    }
    return { kind: 'free', text: reference }
  }
  const free = strings(remittance, 'Ustrd').join(' ').replace(/\s+/g, ' ').trim()
  return free ? { kind: 'free', text: free } : { kind: 'none' }
}

/** `<Amt Ccy="EUR">12.50</Amt>` as cents; undefined when it is not a plain amount with at most two decimals. */
function amountNode(amount: Node | undefined): { cents: number; currency: string } | undefined {
  const value = amount?.['#text']
  const currency = amount?.['@_Ccy']
  if (typeof value !== 'string' || typeof currency !== 'string') return undefined
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value)
  if (!match) return undefined
  return { cents: Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')), currency }
}

/** A date element holding Dt or DtTm, as YYYY-MM-DD. */
function day(parent: Node | undefined, name: string): string | undefined {
  const date = text(parent, name, 'Dt') ?? text(parent, name, 'DtTm')
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined
}

function node(parent: unknown, ...path: string[]): Node | undefined {
  let current: unknown = parent
  for (const name of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Node)[name]
  }
  return typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Node) : undefined
}

function text(parent: unknown, ...path: string[]): string | undefined {
  const last = path.at(-1)!
  const holder = path.length > 1 ? node(parent, ...path.slice(0, -1)) : typeof parent === 'object' && parent !== null ? (parent as Node) : undefined
  const value = holder?.[last]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** The repeated elements of that name (always parsed as an array, see REPEATED) that are elements. */
function list(parent: unknown, name: string): Node[] {
  return repeated(parent, name).filter((item): item is Node => typeof item === 'object' && item !== null)
}

function strings(parent: unknown, name: string): string[] {
  return repeated(parent, name).filter((item): item is string => typeof item === 'string')
}

function repeated(parent: unknown, name: string): unknown[] {
  const value = typeof parent === 'object' && parent !== null ? (parent as Node)[name] : undefined
  return Array.isArray(value) ? value : []
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V })
}
