import { isValidIban, normaliseIban } from '../iban'
import { parseStructuredCommunication } from '../StructuredCommunication'
import {
  readHeader,
  readMovement,
  readMovementPart2,
  readMovementPart3,
  readNewBalance,
  readOldBalance,
  readTrailer,
  type HeaderRecord,
  type MovementPart2,
  type MovementPart3,
  type MovementRecord,
  type NewBalanceRecord,
  type OldBalanceRecord,
} from './codaRecords'
import { StatementFileError, type BankStatement, type Communication, type IncomingCredit, type ParsedStatementFile } from './types'

/**
 * Reads a CODA file (Febelfin "Coded statement of account", version 2): one or more
 * statements, each from a header (record 0) to a trailer (record 9). Of each statement it
 * keeps the incoming euro movements, with the counterparty of records 2.2/2.3 and the
 * communication cut across records 2.1, 2.2 and 2.3. Information records (3.x) and free
 * messages (4) are read past.
 */
export const CODA_RECORD_LENGTH = 128

interface Movement extends MovementRecord {
  part2?: MovementPart2
  part3?: MovementPart3
}

interface OpenStatement {
  header: HeaderRecord
  oldBalance?: OldBalanceRecord
  movements: Movement[]
  newBalance?: NewBalanceRecord
  /** Records 1, 2.x, 3.x and 8, which the trailer counts. */
  counted: number
}

export function parseCoda(text: string): ParsedStatementFile {
  const warnings: string[] = []
  const statements: BankStatement[] = []
  let open: OpenStatement | undefined

  for (const [index, record] of codaRecords(text).entries()) {
    const number = index + 1
    const type = record[0] === '2' || record[0] === '3' ? record.slice(0, 2) : record[0]
    if (type === '0') {
      if (open) throw new StatementFileError(`CODA record ${number}: a new header comes before the trailer (record 9) of the statement before it.`)
      const header = readHeader(record)
      if (header.versionCode !== '2') throw new StatementFileError(`CODA record ${number}: version ${header.versionCode} of CODA is not supported; only version 2 is.`)
      open = { header, movements: [], counted: 0 }
      continue
    }
    if (!open) throw new StatementFileError(`CODA record ${number} (type ${type}) comes before any header (record 0).`)
    if (type !== '4' && type !== '9') open.counted += 1
    switch (type) {
      case '1':
        open.oldBalance = readOldBalance(record)
        break
      case '21': {
        const movement = readMovement(record)
        if (Number.isNaN(movement.signedThousandths)) throw new StatementFileError(`CODA record ${number}: the amount is not a sign (0 or 1) and 15 digits.`)
        open.movements.push(movement)
        break
      }
      case '22': {
        const part2 = readMovementPart2(record)
        movementContinued(open, part2, number).part2 = part2
        break
      }
      case '23': {
        const part3 = readMovementPart3(record)
        movementContinued(open, part3, number).part3 = part3
        break
      }
      case '8':
        open.newBalance = readNewBalance(record)
        break
      case '9':
        statements.push(closeStatement(open, readTrailer(record), warnings))
        open = undefined
        break
      case '31':
      case '32':
      case '33':
      case '4':
        break // information and free messages: nothing we need
      default:
        throw new StatementFileError(`CODA record ${number} has an unknown record type "${type}".`)
    }
  }
  if (open) throw new StatementFileError('The CODA file ends before the trailer (record 9) of its last statement: it is incomplete.')
  if (statements.length === 0) throw new StatementFileError('The CODA file holds no statement.')
  return { format: 'coda', statements, warnings }
}

/** The 128-character records of the file, refusing any record of another length. */
function codaRecords(text: string): string[] {
  const content = text.replace(/^\uFEFF/, '')
  let lines = content.split(/\r\n|\n|\r/)
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  // Some exports leave out the line breaks: a whole number of records in one line.
  if (lines.length === 1 && lines[0].length > CODA_RECORD_LENGTH && lines[0].length % CODA_RECORD_LENGTH === 0) {
    lines = lines[0].match(new RegExp(`.{${CODA_RECORD_LENGTH}}`, 'g')) ?? []
  }
  lines.forEach((line, index) => {
    if (line.length !== CODA_RECORD_LENGTH) {
      throw new StatementFileError(`CODA record ${index + 1} has ${line.length} characters; every CODA record has ${CODA_RECORD_LENGTH}.`)
    }
  })
  return lines
}

/** The movement a record 2.2 or 2.3 continues: the one just before it, with the same numbers. */
function movementContinued(open: OpenStatement, part: { sequence: string; detail: string }, number: number): Movement {
  const movement = open.movements.at(-1)
  if (!movement || movement.sequence !== part.sequence || movement.detail !== part.detail) {
    throw new StatementFileError(`CODA record ${number} continues movement ${part.sequence}/${part.detail}, which is not the movement before it.`)
  }
  return movement
}

function closeStatement(open: OpenStatement, trailer: ReturnType<typeof readTrailer>, warnings: string[]): BankStatement {
  if (!open.oldBalance) throw new StatementFileError('A CODA statement has no old balance record (record 1), so its account is unknown.')
  const { oldBalance } = open
  const account = isValidIban(oldBalance.account) ? normaliseIban(oldBalance.account) : oldBalance.account
  const sequence = Number(oldBalance.codaSequence) > 0 ? oldBalance.codaSequence : oldBalance.paperSequence
  const date = open.newBalance?.date ?? open.header.creationDate ?? ''
  const identity = { format: 'coda' as const, account, sequence, date, key: `coda:${account}:${date}:${sequence}` }
  const label = `CODA statement ${sequence} of ${account}`
  checkTotals(open, trailer, label, warnings)

  if (oldBalance.currency !== 'EUR') {
    warnings.push(`${label} is of an account in ${oldBalance.currency || 'an unknown currency'}: its movements are left out.`)
    return { identity, credits: [] }
  }
  const credits = movementsAsTransfers(open.movements, label, warnings)
    .filter((movement) => movement.signedThousandths > 0)
    .flatMap((movement) => toCredit(movement, identity.key, identity.date, label, warnings))
  return { identity, credits }
}

/**
 * A movement (detail 0000) whose details follow under the same sequence number stands for
 * them: a bank totals, for example, a day's transfers with a structured communication
 * (transaction type 2, details of type 6). The details are taken instead of the total
 * when, and only when, they add up to it; a detail of type 7 followed by type 9 details
 * is itself a total and is left out for them. Otherwise the movement stays one.
 */
function movementsAsTransfers(movements: Movement[], label: string, warnings: string[]): Movement[] {
  const groups = new Map<string, Movement[]>()
  for (const movement of movements) groups.set(movement.sequence, [...(groups.get(movement.sequence) ?? []), movement])
  return [...groups.values()].flatMap((group) => {
    const [head, ...details] = group
    if (details.length === 0) return group
    if (head.detail !== '0000') {
      warnings.push(`${label}, movement ${head.sequence}: its first record is not detail 0000, so its records are taken one by one.`)
      return group
    }
    const leaves = details.filter((detail, i) => !(detail.transactionCode[0] === '7' && details[i + 1]?.transactionCode[0] === '9'))
    const sum = leaves.reduce((total, leaf) => total + leaf.signedThousandths, 0)
    if (sum === head.signedThousandths) return leaves
    warnings.push(`${label}, movement ${head.sequence}: its details do not add up to it, so it is kept as one movement.`)
    return [head]
  })
}

function toCredit(movement: Movement, statementKey: string, statementDate: string, label: string, warnings: string[]): IncomingCredit[] {
  const where = `${label}, movement ${movement.sequence}/${movement.detail}`
  if (movement.signedThousandths % 10 !== 0) {
    warnings.push(`${where} has an amount with a third decimal, which a euro amount cannot have: it is left out.`)
    return []
  }
  const { part2, part3 } = movement
  const iban = part3?.counterpartyAccount?.split(' ')[0]
  if (!movement.entryDate) warnings.push(`${where} has no booking date; the statement's date is used.`)
  return [
    {
      key: `${statementKey}:${movement.sequence}:${movement.detail}`,
      amountCents: movement.signedThousandths / 10,
      currency: 'EUR',
      bookingDate: movement.entryDate ?? statementDate,
      ...(movement.valueDate ? { valueDate: movement.valueDate } : {}),
      counterparty: {
        ...(part3?.counterpartyName ? { name: part3.counterpartyName } : {}),
        ...(iban && isValidIban(iban) ? { iban: normaliseIban(iban) } : {}),
        ...(part2?.counterpartyBic ? { bic: part2.counterpartyBic } : {}),
      },
      communication: communicationOf(movement, where, warnings),
      ...(movement.bankReference ? { bankReference: movement.bankReference } : {}),
    },
  ]
}

/**
 * Structured (position 62 = 1): a three-digit type, then the communication; types 101
 * and 102 are the Belgian structured communication, its twelve digits first. Free: the
 * text of records 2.1, 2.2 and 2.3 put back together.
 */
function communicationOf(movement: Movement, where: string, warnings: string[]): Communication {
  if (movement.structured) {
    const type = movement.communication.slice(0, 3)
    const digits = movement.communication.slice(3, 15)
    if (type === '101' || type === '102') {
      const value = parseStructuredCommunication(digits)
      if (value) return { kind: 'structured', value }
      warnings.push(`${where}: its structured communication ${digits} has wrong check digits; it is kept as text.`)
      return { kind: 'free', text: digits }
    }
    const text = movement.communication.slice(3).replace(/\s+/g, ' ').trim()
    return text ? { kind: 'free', text } : { kind: 'none' }
  }
  const text = [movement.communication, movement.part2?.communication ?? '', movement.part3?.communication ?? ''].join('').replace(/\s+/g, ' ').trim()
  return text ? { kind: 'free', text } : { kind: 'none' }
}

/**
 * The trailer counts records 1, 2.x, 3.x and 8, and totals the debit and credit amounts of
 * the movements (detail 0000); old balance plus movements should be the new balance. A
 * difference is reported, not corrected: it may mean a record was lost.
 */
function checkTotals(open: OpenStatement, trailer: ReturnType<typeof readTrailer>, label: string, warnings: string[]): void {
  const heads = open.movements.filter((movement) => movement.detail === '0000')
  const credit = heads.filter((m) => m.signedThousandths > 0).reduce((sum, m) => sum + m.signedThousandths, 0)
  const debit = heads.filter((m) => m.signedThousandths < 0).reduce((sum, m) => sum - m.signedThousandths, 0)
  if (trailer.recordCount !== open.counted) warnings.push(`${label}: the trailer counts ${trailer.recordCount} records, the file has ${open.counted}.`)
  if (trailer.creditThousandths !== credit || trailer.debitThousandths !== debit) {
    warnings.push(`${label}: the trailer's totals differ from the movements in the file.`)
  }
  if (open.oldBalance && open.newBalance && open.oldBalance.signedThousandths + credit - debit !== open.newBalance.signedThousandths) {
    warnings.push(`${label}: old balance plus movements is not the new balance.`)
  }
}
