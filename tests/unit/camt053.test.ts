import { describe, expect, it } from 'vitest'
import { parseCamt053 } from '../../domain/bankStatements/camt053'
import { detectStatementFormat, parseBankStatementFile } from '../../domain/bankStatements'
import { StatementFileError } from '../../domain/bankStatements/types'
import { DONOR_IBAN, OUR_IBAN, documentOf, entry, statement, transaction } from '../support/bankStatementFiles'

const marchEntries = [
  entry({ ref: '1', bankRef: 'B6C15BI0001', amount: '50.00', transactions: [transaction({ debtor: 'Marie Peeters', iban: DONOR_IBAN, bic: 'GKCCBEBB', structured: '123456789002' })] }),
  entry({ ref: '2', bankRef: 'B6C15BI0002', amount: '123.45', direction: 'DBIT', transactions: [transaction({ free: ['RENT MARCH'] })] }),
  entry({ ref: '3', bankRef: 'B6C15BI0003', amount: '25.5', transactions: [transaction({ debtor: 'Dupont &amp; Fils', iban: 'NL91 ABNA 0417 1643 00', free: ['A gift for the school', 'project in Brussels'] })] }),
]

describe('reading a CAMT.053 statement', () => {
  it('keeps every booked credit in euro, with its amount, dates, counterparty and communication', () => {
    const file = parseCamt053(documentOf([statement({ entries: marchEntries })]))
    expect(file.format).toBe('camt053')
    expect(file.warnings).toEqual([])
    const [march] = file.statements
    expect(march.identity).toEqual({ format: 'camt053', account: OUR_IBAN, sequence: '42', date: '2026-03-15', key: `camt053:${OUR_IBAN}:2026-03-15:42` })
    expect(march.credits).toEqual([
      {
        key: `camt053:${OUR_IBAN}:B6C15BI0001`,
        amountCents: 5_000,
        currency: 'EUR',
        bookingDate: '2026-03-15',
        valueDate: '2026-03-14',
        bankReference: 'B6C15BI0001',
        counterparty: { name: 'Marie Peeters', iban: DONOR_IBAN, bic: 'GKCCBEBB' },
        communication: { kind: 'structured', value: '+++123/4567/89002+++' },
      },
      {
        key: `camt053:${OUR_IBAN}:B6C15BI0003`,
        amountCents: 2_550,
        currency: 'EUR',
        bookingDate: '2026-03-15',
        valueDate: '2026-03-14',
        bankReference: 'B6C15BI0003',
        counterparty: { name: 'Dupont & Fils', iban: 'NL91ABNA0417164300' },
        communication: { kind: 'free', text: 'A gift for the school project in Brussels' },
      },
    ])
  })

  it('splits an entry into its transactions when their amounts add up to it', () => {
    const batch = entry({
      ref: '4',
      bankRef: 'B6C15BI0004',
      amount: '60.00',
      transactions: [
        transaction({ amount: '40.00', debtor: 'Marie Peeters', structured: '000000000101' }),
        transaction({ amount: '20.00', debtor: 'Jan De Vries', structured: '000000000202' }),
      ],
    })
    const [credit1, credit2] = parseCamt053(documentOf([statement({ entries: [batch] })])).statements[0].credits
    expect([credit1.key, credit1.amountCents, credit1.counterparty.name, credit1.communication]).toEqual([
      `camt053:${OUR_IBAN}:B6C15BI0004:1`, 4_000, 'Marie Peeters', { kind: 'structured', value: '+++000/0000/00101+++' },
    ])
    expect([credit2.key, credit2.amountCents, credit2.counterparty.name, credit2.communication]).toEqual([
      `camt053:${OUR_IBAN}:B6C15BI0004:2`, 2_000, 'Jan De Vries', { kind: 'structured', value: '+++000/0000/00202+++' },
    ])
  })

  it('keeps an entry as one credit when its transactions do not add up to it, and says so', () => {
    const batch = entry({ ref: '4', amount: '60.00', transactions: [transaction({ amount: '40.00' }), transaction({})] })
    const file = parseCamt053(documentOf([statement({ entries: [batch] })]))
    expect(file.statements[0].credits.map((c) => [c.key, c.amountCents, c.counterparty, c.communication])).toEqual([
      [`camt053:${OUR_IBAN}:2026-03-15:42:4`, 6_000, {}, { kind: 'none' }],
    ])
    expect(file.warnings).toEqual([`CAMT.053 statement 42 of ${OUR_IBAN}, entry 4: its 2 transactions do not add up to it, so it is kept as one credit without counterparty.`])
  })

  it('leaves out pending entries and reversals, and credits in another currency (saying so)', () => {
    const entries = [
      entry({ ref: '5', amount: '10.00', status: 'PDNG', transactions: [transaction({ structured: '123456789002' })] }),
      entry({ ref: '6', amount: '10.00', reversal: true }),
      entry({ ref: '7', amount: '10.00', currency: 'USD' }),
    ]
    const file = parseCamt053(documentOf([statement({ entries })]))
    expect(file.statements[0].credits).toEqual([])
    expect(file.warnings).toEqual([`CAMT.053 statement 42 of ${OUR_IBAN}, entry 7: a credit in USD is left out.`])
  })

  it('keys an entry without a bank reference on the statement and its entry reference', () => {
    const file = parseCamt053(documentOf([statement({ entries: [entry({ ref: '9', amount: '45.00' })] })]))
    expect(file.statements[0].credits[0]).toMatchObject({ key: `camt053:${OUR_IBAN}:2026-03-15:42:9`, amountCents: 4_500, counterparty: {}, communication: { kind: 'none' } })
  })

  it('reads two statements, and gives the same keys when the file is read again', () => {
    const xml = documentOf([
      statement({ entries: marchEntries }),
      statement({ id: 'STMT-043', sequence: '43', closingDate: '2026-03-16', entries: [entry({ ref: '1', bankRef: 'B6C16BI0001', amount: '40.00' })] }),
    ])
    const first = parseCamt053(xml)
    expect(first.statements.map((s) => s.identity.key)).toEqual([`camt053:${OUR_IBAN}:2026-03-15:42`, `camt053:${OUR_IBAN}:2026-03-16:43`])
    expect(parseCamt053(xml).statements.flatMap((s) => s.credits.map((c) => c.key))).toEqual(first.statements.flatMap((s) => s.credits.map((c) => c.key)))
  })

  it('reads the later layout of camt.053.001.08 (Dbtr/Pty, Sts/Cd, BICFI, TxDtls/Amt)', () => {
    const later = `<Ntry><NtryRef>1</NtryRef><Amt Ccy="EUR">40.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><DtTm>2026-03-15T10:12:00+01:00</DtTm></BookgDt><AcctSvcrRef>REF8</AcctSvcrRef>
      <NtryDtls><TxDtls><Amt Ccy="EUR">40.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
        <RltdPties><Dbtr><Pty><Nm>Marie Peeters</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>${DONOR_IBAN}</IBAN></Id></DbtrAcct></RltdPties>
        <RltdAgts><DbtrAgt><FinInstnId><BICFI>GKCCBEBB</BICFI></FinInstnId></DbtrAgt></RltdAgts>
        <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>123456789002</Ref></CdtrRefInf></Strd></RmtInf>
      </TxDtls></NtryDtls></Ntry>`
    const [credit] = parseCamt053(documentOf([statement({ entries: [later] })], 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08')).statements[0].credits
    expect(credit).toEqual({
      key: `camt053:${OUR_IBAN}:REF8`,
      amountCents: 4_000,
      currency: 'EUR',
      bookingDate: '2026-03-15',
      bankReference: 'REF8',
      counterparty: { name: 'Marie Peeters', iban: DONOR_IBAN, bic: 'GKCCBEBB' },
      communication: { kind: 'structured', value: '+++123/4567/89002+++' },
    })
  })

  it('keeps a structured communication with wrong check digits as text, and says so', () => {
    const file = parseCamt053(documentOf([statement({ entries: [entry({ ref: '1', amount: '50.00', transactions: [transaction({ structured: '123456789003' })] })] })]))
    expect(file.statements[0].credits[0].communication).toEqual({ kind: 'free', text: '123456789003' })
    expect(file.warnings).toEqual([`CAMT.053 statement 42 of ${OUR_IBAN}, entry 1: its structured communication 123456789003 has wrong check digits; it is kept as text.`])
  })

  it('refuses what is not a well-formed CAMT.053 statement', () => {
    expect(() => parseCamt053('<Document><BkToCstmrStmt></Document>')).toThrow(/not well-formed/)
    expect(() => parseCamt053('<!DOCTYPE x [<!ENTITY a "b">]><Document/>')).toThrow(/document type declaration/)
    expect(() => parseCamt053('<Document><BkToCstmrAcctRpt/></Document>')).toThrow('The XML file is not an ISO 20022 CAMT.053 statement (Document/BkToCstmrStmt).')
    expect(() => parseCamt053(documentOf([]))).toThrow(StatementFileError)
  })
})

describe('an uploaded CAMT.053 file', () => {
  it('is recognised as CAMT.053 and read, from UTF-8 bytes', () => {
    const xml = documentOf([statement({ entries: [entry({ ref: '1', amount: '50.00', transactions: [transaction({ debtor: 'Hélène Dupré', structured: '123456789002' })] })] })])
    expect(detectStatementFormat(xml)).toBe('camt053')
    const file = parseBankStatementFile(new TextEncoder().encode(xml))
    expect(file.format).toBe('camt053')
    expect(file.statements[0].credits[0].counterparty.name).toBe('Hélène Dupré')
  })

  it('is refused when the XML is another message', () => {
    expect(detectStatementFormat('<?xml version="1.0"?><Document><BkToCstmrAcctRpt/></Document>')).toBeUndefined()
    expect(() => parseBankStatementFile('<?xml version="1.0"?><Document><BkToCstmrAcctRpt/></Document>')).toThrow(StatementFileError)
  })
})
