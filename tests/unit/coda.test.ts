import { describe, expect, it } from 'vitest'
import { parseCoda } from '../../domain/bankStatements/coda'
import { detectStatementFormat, parseBankStatementFile } from '../../domain/bankStatements'
import { StatementFileError } from '../../domain/bankStatements/types'
import { DONOR_IBAN, OUR_IBAN, header, information, movement, movementPart2, movementPart3, newBalance, oldBalance, record, trailer } from '../support/bankStatementFiles'

/** A statement of 15 March 2026: two gifts, one payment out, and information records. */
function marchStatement(sequence = '042'): string[] {
  return [
    header('2026-03-15'),
    oldBalance({ sequence, cents: 100_000, date: '2026-03-14' }),
    movement({ sequence: '0001', cents: 5_000, booked: '2026-03-15', value: '2026-03-14', structured: '123456789002', next: true }),
    movementPart2({ sequence: '0001', bic: 'GKCCBEBB' }),
    movementPart3({ sequence: '0001', iban: DONOR_IBAN, name: 'MARIE PEETERS' }),
    movement({ sequence: '0002', cents: -12_345, booked: '2026-03-15', free: 'RENT MARCH' }),
    movement({ sequence: '0003', cents: 2_550, booked: '2026-03-15', free: 'A gift for the school project in the refugee centre o', next: true }), // 53 characters: cut mid-word
    movementPart2({ sequence: '0003', free: 'f Brussels, with our best wishes for the spring' }),
    movementPart3({ sequence: '0003', iban: 'NL91ABNA0417164300', name: 'JAN DE VRIES', free: 'From Jan.' }),
    information('0003'),
    newBalance({ sequence, cents: 100_000 + 5_000 - 12_345 + 2_550, date: '2026-03-15' }),
    trailer({ count: 10, debitCents: 12_345, creditCents: 7_550 }),
  ]
}

describe('reading a CODA statement', () => {
  it('keeps every credit, with its amount, dates, counterparty and communication, and leaves payments out', () => {
    const file = parseCoda(marchStatement().join('\r\n') + '\r\n')
    expect(file.format).toBe('coda')
    expect(file.warnings).toEqual([])
    expect(file.statements).toHaveLength(1)
    const [statement] = file.statements
    expect(statement.identity).toEqual({ format: 'coda', account: OUR_IBAN, sequence: '042', date: '2026-03-15', key: `coda:${OUR_IBAN}:2026-03-15:042` })
    expect(statement.credits).toEqual([
      {
        key: `coda:${OUR_IBAN}:2026-03-15:042:0001:0000`,
        amountCents: 5_000,
        currency: 'EUR',
        bookingDate: '2026-03-15',
        valueDate: '2026-03-14',
        counterparty: { name: 'MARIE PEETERS', iban: DONOR_IBAN, bic: 'GKCCBEBB' },
        communication: { kind: 'structured', value: '+++123/4567/89002+++' },
        bankReference: 'BANKREF00010000',
      },
      {
        key: `coda:${OUR_IBAN}:2026-03-15:042:0003:0000`,
        amountCents: 2_550,
        currency: 'EUR',
        bookingDate: '2026-03-15',
        counterparty: { name: 'JAN DE VRIES', iban: 'NL91ABNA0417164300' },
        communication: {
          kind: 'free',
          text: 'A gift for the school project in the refugee centre of Brussels, with our best wishes for the spring From Jan.',
        },
        bankReference: 'BANKREF00030000',
      },
    ])
  })

  it('reads two statements in one file, each with its own identity and keys', () => {
    const file = parseCoda([...marchStatement('042'), ...marchStatement('043')].join('\n'))
    expect(file.statements.map((s) => s.identity.sequence)).toEqual(['042', '043'])
    const keys = file.statements.flatMap((s) => s.credits.map((c) => c.key))
    expect(new Set(keys).size).toBe(4)
  })

  it('gives the same identity and keys when the same file is read again', () => {
    const first = parseCoda(marchStatement().join('\n'))
    const again = parseCoda(marchStatement().join('\n'))
    expect(again.statements.map((s) => [s.identity.key, s.credits.map((c) => c.key)])).toEqual(first.statements.map((s) => [s.identity.key, s.credits.map((c) => c.key)]))
  })

  it('reads a file whose line breaks were lost', () => {
    expect(parseCoda(marchStatement().join('')).statements[0].credits).toHaveLength(2)
  })

  it('takes the transfers a bank totalled into one movement, when they add up to it', () => {
    const lines = [
      header('2026-03-16'),
      oldBalance({ sequence: '044', cents: 0, date: '2026-03-15' }),
      movement({ sequence: '0001', cents: 6_000, booked: '2026-03-16', type: '2', free: 'TOTAL OF 2 TRANSFERS' }),
      movement({ sequence: '0001', detail: '0001', cents: 4_000, booked: '2026-03-16', type: '6', structured: '000000000101', next: true }),
      movementPart3({ sequence: '0001', detail: '0001', iban: DONOR_IBAN, name: 'MARIE PEETERS' }),
      movement({ sequence: '0001', detail: '0002', cents: 2_000, booked: '2026-03-16', type: '6', structured: '000000000202' }),
      newBalance({ sequence: '044', cents: 6_000, date: '2026-03-16' }),
      trailer({ count: 6, debitCents: 0, creditCents: 6_000 }),
    ]
    const [statement] = parseCoda(lines.join('\n')).statements
    expect(statement.credits.map((c) => [c.key.split(':').slice(-2).join(':'), c.amountCents, c.communication])).toEqual([
      ['0001:0001', 4_000, { kind: 'structured', value: '+++000/0000/00101+++' }],
      ['0001:0002', 2_000, { kind: 'structured', value: '+++000/0000/00202+++' }],
    ])
  })

  it('keeps a total as one movement when its details do not add up, and says so', () => {
    const lines = [
      header('2026-03-16'),
      oldBalance({ sequence: '044', cents: 0, date: '2026-03-15' }),
      movement({ sequence: '0001', cents: 6_000, booked: '2026-03-16', type: '2', free: 'TOTAL' }),
      movement({ sequence: '0001', detail: '0001', cents: 4_000, booked: '2026-03-16', type: '6', structured: '000000000101' }),
      newBalance({ sequence: '044', cents: 6_000, date: '2026-03-16' }),
      trailer({ count: 4, debitCents: 0, creditCents: 6_000 }),
    ]
    const file = parseCoda(lines.join('\n'))
    expect(file.statements[0].credits.map((c) => c.amountCents)).toEqual([6_000])
    expect(file.warnings).toEqual(['CODA statement 044 of BE68539007547034, movement 0001: its details do not add up to it, so it is kept as one movement.'])
  })

  it('keeps a structured communication with wrong check digits as text, and says so', () => {
    const lines = marchStatement()
    lines[2] = movement({ sequence: '0001', cents: 5_000, booked: '2026-03-15', structured: '123456789003', next: true })
    const file = parseCoda(lines.join('\n'))
    expect(file.statements[0].credits[0].communication).toEqual({ kind: 'free', text: '123456789003' })
    expect(file.warnings[0]).toMatch(/123456789003 has wrong check digits/)
  })

  it('says when the trailer does not match the file', () => {
    const lines = marchStatement()
    lines[lines.length - 1] = trailer({ count: 8, debitCents: 12_345, creditCents: 7_000 })
    expect(parseCoda(lines.join('\n')).warnings).toEqual([
      'CODA statement 042 of BE68539007547034: the trailer counts 8 records, the file has 10.',
      "CODA statement 042 of BE68539007547034: the trailer's totals differ from the movements in the file.",
    ])
  })

  it('leaves out the movements of an account in another currency, and says so', () => {
    const lines = marchStatement()
    lines[1] = oldBalance({ sequence: '042', currency: 'USD', cents: 100_000, date: '2026-03-14' })
    const file = parseCoda(lines.join('\n'))
    expect(file.statements[0].credits).toEqual([])
    expect(file.warnings).toEqual(['CODA statement 042 of BE68539007547034 is of an account in USD: its movements are left out.'])
  })

  it('refuses a record of the wrong length, saying which', () => {
    const lines = marchStatement()
    lines[3] = lines[3].slice(0, 120) // as when an editor strips a record's end
    expect(() => parseCoda(lines.join('\n'))).toThrow(StatementFileError)
    expect(() => parseCoda(lines.join('\n'))).toThrow("CODA record 4 has 120 characters; every CODA record has 128.")
  })

  it('refuses an incomplete file, records out of place and unknown records', () => {
    const lines = marchStatement()
    expect(() => parseCoda(lines.slice(0, -1).join('\n'))).toThrow(/incomplete/)
    expect(() => parseCoda(lines.slice(1).join('\n'))).toThrow('CODA record 1 (type 1) comes before any header (record 0).')
    expect(() => parseCoda([lines[0], lines[1], movementPart3({ sequence: '0007' }), ...lines.slice(2)].join('\n'))).toThrow(/continues movement 0007\/0000/)
    expect(() => parseCoda([lines[0], record([[1, '7']]), ...lines.slice(1)].join('\n'))).toThrow('CODA record 2 has an unknown record type "7".')
    expect(() => parseCoda('')).toThrow(StatementFileError)
    const garbled = lines[5].slice(0, 32) + '00000000012A345' + lines[5].slice(47)
    expect(() => parseCoda([...lines.slice(0, 5), garbled, ...lines.slice(6)].join('\n'))).toThrow('CODA record 6: the amount is not a sign (0 or 1) and 15 digits.')
  })

  it('refuses version 1 of CODA, whose records are laid out differently', () => {
    const lines = marchStatement()
    lines[0] = lines[0].slice(0, 127) + '1'
    expect(() => parseCoda(lines.join('\n'))).toThrow(/version 1 of CODA is not supported/)
  })
})

describe('an uploaded CODA file', () => {
  it('is recognised as CODA and read, from bytes in ISO-8859-1 as some banks write them', () => {
    const lines = marchStatement()
    lines[4] = movementPart3({ sequence: '0001', iban: DONOR_IBAN, name: 'HÉLÈNE DUPRÉ' })
    const bytes = Uint8Array.from([...lines.join('\r\n')].map((char) => char.charCodeAt(0))) // one byte a character
    expect(detectStatementFormat(lines.join('\n'))).toBe('coda')
    const file = parseBankStatementFile(bytes)
    expect(file.format).toBe('coda')
    expect(file.statements[0].credits[0].counterparty.name).toBe('HÉLÈNE DUPRÉ')
  })

  it('is refused when it is neither CODA nor CAMT.053', () => {
    expect(() => parseBankStatementFile('date;amount\n2026-03-15;50.00\n')).toThrow('This file is neither a CODA file nor a CAMT.053 (XML) statement.')
    expect(detectStatementFormat('1' + ' '.repeat(127))).toBeUndefined()
  })
})
