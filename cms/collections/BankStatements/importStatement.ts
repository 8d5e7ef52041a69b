import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { type BankStatement, type IncomingCredit, parseBankStatementFile, type StatementFormat } from '../../../domain/bankStatements'
import { isLocale } from '../../../domain/locales'
import { isCertificateLanguage } from '../../../domain/tax/certificateLanguage'
import { findStructuredCommunicationIn, type StructuredCommunication } from '../../../domain/StructuredCommunication'
import type { BankTransferReference } from '../../payload-types'
import { recordTransferGift, type TransferDonor } from './gifts'

const statements = 'bank-statements'
const lines = 'bank-statement-lines'

export type ImportSummary = {
  statement: number
  format: StatementFormat
  credits: number
  recorded: number
  toReview: number
  alreadyKnown: number
  warnings: string[]
}

type Outcome = 'recorded' | 'toReview' | 'alreadyKnown'

/**
 * An uploaded statement file, read (CODA or CAMT.053; StatementFileError when it is
 * neither) and matched: every incoming transfer becomes a statement line once (its key is
 * unique in the database), and a line whose structured communication the CMS issued
 * becomes that donor's gift, with their thank-you, in the line's own transaction. A line
 * already stored (the same statement uploaded again, or by someone else at the same
 * moment) is counted as already known and changes nothing.
 */
export async function importStatementFile(req: PayloadRequest, filename: string, bytes: Uint8Array): Promise<ImportSummary> {
  const parsed = parseBankStatementFile(bytes)
  const credits = parsed.statements.flatMap((statement) => statement.credits.map((credit) => ({ statement, credit })))
  const record = await req.payload.create({
    collection: statements,
    data: {
      filename: filename.slice(0, 200),
      format: parsed.format,
      statements: parsed.statements.map(describe).join('\n'),
      uploadedBy: req.user?.id as number | undefined,
      credits: credits.length,
      warnings: parsed.warnings.join('\n'),
    },
    overrideAccess: true,
    req,
  })
  const counts: Record<Outcome, number> = { recorded: 0, toReview: 0, alreadyKnown: 0 }
  for (const { statement, credit } of credits) counts[await recordCredit(req, record.id, statement, credit)] += 1
  await req.payload.update({ collection: statements, id: record.id, data: counts, overrideAccess: true, req })
  return { statement: record.id, format: parsed.format, credits: credits.length, ...counts, warnings: parsed.warnings }
}

function describe({ identity }: BankStatement): string {
  return `${identity.account} · ${identity.date} · ${identity.sequence}`
}

async function recordCredit(req: PayloadRequest, statementId: number, statement: BankStatement, credit: IncomingCredit): Promise<Outcome> {
  if (await lineExists(req, credit.key)) return 'alreadyKnown'
  const communication = structuredCommunicationOf(credit)
  const reference = communication ? await referenceFor(req, communication) : undefined
  const ownTransaction = await initTransaction(req)
  try {
    // The line first: its unique key is what stops a second recording, before anything else is written.
    const line = await req.payload.create({
      collection: lines,
      data: {
        lineKey: credit.key,
        status: reference ? 'recorded' : 'to-review',
        statement: statementId,
        account: statement.identity.account,
        bookingDate: `${credit.bookingDate}T12:00:00.000Z`,
        amountCents: credit.amountCents,
        communication: communication ?? (credit.communication.kind === 'free' ? credit.communication.text.slice(0, 500) : undefined),
        counterpartyName: credit.counterparty.name,
        counterpartyIban: credit.counterparty.iban,
        bankReference: credit.bankReference,
        reference: reference?.id,
      },
      overrideAccess: true,
      req,
    })
    if (reference) {
      const donation = await recordTransferGift(req, { lineId: line.id, amountCents: credit.amountCents, bookingDate: credit.bookingDate, communication, referenceId: reference.id }, donorOf(reference))
      await req.payload.update({ collection: lines, id: line.id, data: { donation: donation.id }, overrideAccess: true, req })
    }
    if (ownTransaction) await commitTransaction(req)
    return reference ? 'recorded' : 'toReview'
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    // Stored meanwhile by a concurrent upload of the same statement: refused by the unique key, as it should be.
    if (await lineExists(req, credit.key)) return 'alreadyKnown'
    throw error
  }
}

/** The structured communication of a transfer, or one a donor typed into a free communication. */
function structuredCommunicationOf(credit: IncomingCredit): StructuredCommunication | undefined {
  if (credit.communication.kind === 'structured') return credit.communication.value
  if (credit.communication.kind === 'free') return findStructuredCommunicationIn(credit.communication.text)
  return undefined
}

export async function referenceFor(req: PayloadRequest, communication: string): Promise<BankTransferReference | undefined> {
  const { docs } = await req.payload.find({ collection: 'bank-transfer-references', where: { communication: { equals: communication } }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0]
}

export function donorOf(reference: BankTransferReference): TransferDonor {
  return {
    name: reference.donorName,
    email: reference.donorEmail,
    locale: isLocale(reference.locale) ? reference.locale : 'nl',
    taxCertificateRequested: Boolean(reference.taxCertificateRequested),
    certificateLanguage: isCertificateLanguage(reference.certificateLanguage) ? reference.certificateLanguage : undefined,
  }
}

async function lineExists(req: PayloadRequest, lineKey: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: lines, where: { lineKey: { equals: lineKey } }, overrideAccess: true, req })
  return totalDocs > 0
}
