/**
 * Bank statement files built by the tests, CODA and ISO 20022 CAMT.053, laid out from
 * their specifications separately from the readers in domain/bankStatements/: the unit
 * tests read them, and the integration tests upload them.
 */

import { type StructuredCommunication, structuredCommunicationDigits } from '../../domain/StructuredCommunication'

// CODA

/**
 * A small CODA writer, laid out from the Febelfin CODA 2.6 annex I (positions 1-based, as
 * there), separately from the reader: each record is 128 characters with every field at
 * its place and blanks elsewhere.
 */
export function record(fields: Array<[position: number, value: string]>): string {
  const chars = Array.from({ length: 128 }, () => ' ')
  for (const [position, value] of fields) {
    for (let i = 0; i < value.length; i++) chars[position - 1 + i] = value[i]
  }
  const line = chars.join('')
  if (line.length !== 128) throw new Error(`A CODA record is 128 characters, not ${line.length}.`)
  return line
}

export const amount = (cents: number) => String(Math.abs(cents) * 10).padStart(15, '0')
export const sign = (cents: number) => (cents < 0 ? '1' : '0')
export const ddmmyy = (iso: string) => iso.slice(8, 10) + iso.slice(5, 7) + iso.slice(2, 4)

export const OUR_IBAN = 'BE68539007547034'
export const DONOR_IBAN = 'BE71096123456769'

export function header(created: string): string {
  return record([[1, '0'], [2, '0000'], [6, ddmmyy(created)], [12, '000'], [15, '05'], [25, 'REF0000001'], [35, 'JRS BELGIUM'], [61, 'GEBABEBB'], [128, '2']])
}

export function oldBalance(o: { iban?: string; currency?: string; sequence: string; cents: number; date: string }): string {
  return record([[1, '1'], [2, '2'], [3, o.sequence], [6, (o.iban ?? OUR_IBAN).padEnd(34, ' ') + (o.currency ?? 'EUR')], [43, sign(o.cents)], [44, amount(o.cents)], [59, ddmmyy(o.date)], [65, 'JRS BELGIUM'], [126, o.sequence]])
}

export interface MovementFields {
  sequence: string
  detail?: string
  cents: number
  booked: string
  value?: string
  type?: string
  structured?: string
  free?: string
  next?: boolean
}

export function movement(m: MovementFields): string {
  const communication = m.structured !== undefined ? [[62, '1'], [63, '101' + m.structured]] : [[62, '0'], [63, (m.free ?? '').slice(0, 53)]]
  return record([
    [1, '21'], [3, m.sequence], [7, m.detail ?? '0000'], [11, `BANKREF${m.sequence}${m.detail ?? '0000'}`], [32, sign(m.cents)], [33, amount(m.cents)],
    [48, m.value ? ddmmyy(m.value) : '000000'], [54, `${m.type ?? '0'}0150000`], ...(communication as Array<[number, string]>),
    [116, ddmmyy(m.booked)], [122, '001'], [125, '0'], [126, m.next ? '1' : '0'], [128, '0'],
  ])
}

export function movementPart2(m: { sequence: string; detail?: string; free?: string; bic?: string }): string {
  return record([[1, '22'], [3, m.sequence], [7, m.detail ?? '0000'], [11, (m.free ?? '').slice(0, 53)], [99, m.bic ?? ''], [126, '1'], [128, '0']])
}

export function movementPart3(m: { sequence: string; detail?: string; iban?: string; name?: string; free?: string }): string {
  return record([[1, '23'], [3, m.sequence], [7, m.detail ?? '0000'], [11, m.iban ? m.iban.padEnd(34, ' ') + 'EUR' : ''], [48, m.name ?? ''], [83, (m.free ?? '').slice(0, 43)], [126, '0'], [128, '0']])
}

export function information(sequence: string): string {
  return record([[1, '31'], [3, sequence], [7, '0001'], [11, 'BANKREF'], [32, '00150000'], [40, '0'], [41, 'SOME INFORMATION FROM THE BANK'], [126, '0'], [128, '0']])
}

export function newBalance(o: { sequence: string; cents: number; date: string }): string {
  return record([[1, '8'], [2, o.sequence], [5, OUR_IBAN.padEnd(34, ' ') + 'EUR'], [42, sign(o.cents)], [43, amount(o.cents)], [58, ddmmyy(o.date)], [128, '0']])
}

export function trailer(o: { count: number; debitCents: number; creditCents: number }): string {
  return record([[1, '9'], [17, String(o.count).padStart(6, '0')], [23, amount(o.debitCents)], [38, amount(o.creditCents)], [128, '2']])
}

/** A credit as a donor's bank sends it: a structured communication (`+++…+++`) or free text. */
export type CodaCredit = { cents: number; structured?: string; free?: string; name: string }

/** One whole CODA statement of our account, booked on `day`: the given credits, then a payment out that is never a gift. */
export function codaStatementWith(o: { sequence: string; day: string; credits: CodaCredit[] }): string {
  const movements = o.credits.flatMap((credit, i) => {
    const number = String(i + 1).padStart(4, '0')
    const digits = credit.structured ? structuredCommunicationDigits(credit.structured as StructuredCommunication) : undefined
    return [movement({ sequence: number, cents: credit.cents, booked: o.day, structured: digits, free: credit.free, next: true }), movementPart3({ sequence: number, iban: DONOR_IBAN, name: credit.name })]
  })
  const out = String(o.credits.length + 1).padStart(4, '0')
  const total = o.credits.reduce((sum, credit) => sum + credit.cents, 0)
  const records = [
    header(o.day),
    oldBalance({ sequence: o.sequence, cents: 100_000, date: o.day }),
    ...movements,
    movement({ sequence: out, cents: -5_000, booked: o.day, free: 'RENT' }),
    newBalance({ sequence: o.sequence, cents: 100_000 + total - 5_000, date: o.day }),
  ]
  return [...records, trailer({ count: records.length - 1, debitCents: 5_000, creditCents: total })].join('\r\n') + '\r\n'
}

// CAMT.053

/** Samples laid out as ISO 20022 camt.053.001.02, the version of the Febelfin guideline. */
export function documentOf(statements: string[], namespace = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="${namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-03-16T06:00:00</CreDtTm></GrpHdr>
    ${statements.join('\n')}
  </BkToCstmrStmt>
</Document>`
}

export function statement(o: { id?: string; sequence?: string; closingDate?: string; entries: string[] }): string {
  return `<Stmt>
      <Id>${o.id ?? 'STMT-042'}</Id>
      <ElctrncSeqNb>${o.sequence ?? '42'}</ElctrncSeqNb>
      <CreDtTm>2026-03-16T06:00:00</CreDtTm>
      <Acct><Id><IBAN>${OUR_IBAN}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-14</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1075.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${o.closingDate ?? '2026-03-15'}</Dt></Dt></Bal>
      ${o.entries.join('\n')}
    </Stmt>`
}

export interface EntryFields {
  ref?: string
  bankRef?: string
  amount: string
  currency?: string
  direction?: 'CRDT' | 'DBIT'
  status?: string
  reversal?: boolean
  transactions?: string[]
  /** YYYY-MM-DD; 15 March 2026 unless given. */
  booked?: string
}

export function entry(e: EntryFields): string {
  return `<Ntry>
        ${e.ref ? `<NtryRef>${e.ref}</NtryRef>` : ''}
        <Amt Ccy="${e.currency ?? 'EUR'}">${e.amount}</Amt>
        <CdtDbtInd>${e.direction ?? 'CRDT'}</CdtDbtInd>
        ${e.reversal ? '<RvslInd>true</RvslInd>' : ''}
        <Sts>${e.status ?? 'BOOK'}</Sts>
        <BookgDt><Dt>${e.booked ?? '2026-03-15'}</Dt></BookgDt>
        <ValDt><Dt>2026-03-14</Dt></ValDt>
        ${e.bankRef ? `<AcctSvcrRef>${e.bankRef}</AcctSvcrRef>` : ''}
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        ${e.transactions ? `<NtryDtls>${e.transactions.join('')}</NtryDtls>` : ''}
      </Ntry>`
}

export function transaction(t: { amount?: string; debtor?: string; iban?: string; bic?: string; structured?: string; free?: string[] }): string {
  const remittance = t.structured
    ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${t.structured}</Ref></CdtrRefInf></Strd></RmtInf>`
    : t.free
      ? `<RmtInf>${t.free.map((line) => `<Ustrd>${line}</Ustrd>`).join('')}</RmtInf>`
      : ''
  return `<TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          ${t.amount ? `<AmtDtls><TxAmt><Amt Ccy="EUR">${t.amount}</Amt></TxAmt></AmtDtls>` : ''}
          <RltdPties>
            ${t.debtor ? `<Dbtr><Nm>${t.debtor}</Nm></Dbtr>` : ''}
            ${t.iban ? `<DbtrAcct><Id><IBAN>${t.iban}</IBAN></Id></DbtrAcct>` : ''}
          </RltdPties>
          ${t.bic ? `<RltdAgts><DbtrAgt><FinInstnId><BIC>${t.bic}</BIC></FinInstnId></DbtrAgt></RltdAgts>` : ''}
          ${remittance}
        </TxDtls>`
}
