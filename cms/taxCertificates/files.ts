import fs from 'node:fs'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { validateXML } from 'xmllint-wasm'
import { BelcotaxInputError, type BelcotaxCertificate, buildBelcotaxXml } from '../../domain/tax/belcotaxXml'
import type { BelcotaxTreatment } from '../../domain/tax/belcotaxCodes'
import { fallbackCertificateLanguage, isCertificateLanguage } from '../../domain/tax/certificateLanguage'
import { revealNationalRegisterNumber } from '../fields/encryptedNationalRegisterNumber'
import { projectRoot } from '../paths'
import { zipArchive } from '../selfService/zipWriter'
import { type CertificateRow, certificatesOf } from './issue'
import { renderCertificatePdf } from './pdf'

/**
 * What finance downloads for a year: the certificates' PDFs as one ZIP, and the Belcotax
 * file, checked against the administration's schema before it is offered. The schema is
 * kept in the repository (domain/tax/schemas/, from shared/belcotax/): swap in the income
 * year's schema when the administration publishes it.
 */
const schemaFile = path.join(projectRoot, 'domain/tax/schemas/Belcotax-2024.xsd')

/** The file cannot be offered; `problems` lists every reason, in English as the domain gives them. */
export class FilingRefused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '))
  }
}

/** Organisation, enterprise number and signatory, as the certificates print them. */
export async function certificateContext(req: PayloadRequest) {
  const [organisation, settings] = await Promise.all([
    req.payload.findGlobal({ slug: 'organisation', depth: 0, overrideAccess: true, req }),
    req.payload.findGlobal({ slug: 'tax-certificate-settings', depth: 0, overrideAccess: true, req }),
  ])
  const address = organisation.address ?? {}
  return {
    organisation: { name: String(organisation.name ?? ''), street: String(address.street ?? ''), postalCode: String(address.postalCode ?? ''), city: String(address.city ?? ''), enterpriseNumber: String(settings.enterpriseNumber ?? '') },
    signatory: { name: String(settings.signatory?.name ?? ''), function: String(settings.signatory?.function ?? '') },
    contact: { name: String(settings.belcotaxContact?.name ?? ''), phone: String(settings.belcotaxContact?.phone ?? ''), email: String(settings.belcotaxContact?.email ?? '') },
  }
}

type Context = Awaited<ReturnType<typeof certificateContext>>

export async function certificatePdf(row: CertificateRow, context: Context): Promise<Uint8Array> {
  const last = Array.isArray(row.history) ? row.history[row.history.length - 1] : undefined
  const issuedOn = String(last?.at ?? row.updatedAt ?? new Date().toISOString()).slice(0, 10)
  return renderCertificatePdf({
    // As chosen by the donor (issue.ts, or their own page since); a row issued before the choice existed follows the old rule.
    language: isCertificateLanguage(row.language) ? row.language : fallbackCertificateLanguage(row.locale, row.postalCode),
    year: row.year,
    number: row.number,
    status: row.status,
    amountCents: Number(row.amountCents),
    donor: {
      firstNames: String(row.firstNames ?? ''),
      familyName: String(row.familyName ?? ''),
      street: String(row.street ?? ''),
      postalCode: String(row.postalCode ?? ''),
      city: String(row.city ?? ''),
      country: String(row.country ?? 'BE'),
      nationalRegisterNumber: revealNationalRegisterNumber(row.nationalRegisterNumber),
    },
    organisation: context.organisation,
    signatory: context.signatory,
    issuedOn,
  })
}

export function pdfName(row: CertificateRow): string {
  const name = `${row.familyName ?? ''}-${row.firstNames ?? ''}`.normalize('NFD').replace(/[^\w-]+/g, '').slice(0, 60)
  return `attest-281.71-${row.year}-${String(row.number).padStart(4, '0')}-${name}.pdf`
}

export async function yearZip(req: PayloadRequest, year: number): Promise<{ name: string; bytes: Buffer; count: number }> {
  const rows = await certificatesOf(req, year)
  if (rows.length === 0) throw new FilingRefused([`No certificate has been issued for ${year}.`])
  const context = await certificateContext(req)
  const files = []
  for (const row of rows) files.push({ name: pdfName(row), bytes: await certificatePdf(row, context) })
  return { name: `tax-certificates-${year}.zip`, bytes: zipArchive(files), count: rows.length }
}

/**
 * The Belcotax file of the year. One file never mixes originals and corrections: `part`
 * 'originals' holds every certificate as still first issued (treatment original), and
 * 'corrections' every modification, addition and cancellation since. A missing national
 * register number is tolerated (a warning) for gifts of 2024 and 2025 only; from 2026 it
 * refuses the file, as does an invalid number or anything the schema rejects.
 */
export async function yearBelcotax(req: PayloadRequest, year: number, { part, mode, today = new Date() }: { part: 'originals' | 'corrections'; mode: 'test' | 'real'; today?: Date }) {
  const rows = (await certificatesOf(req, year)).filter((row) => (part === 'originals') === (row.treatment === 'original'))
  const context = await certificateContext(req)
  const problems: string[] = []
  const certificates: BelcotaxCertificate[] = rows.map((row) => {
    const nationalRegisterNumber = revealNationalRegisterNumber(row.nationalRegisterNumber)
    if (!nationalRegisterNumber && year >= 2026) problems.push(`Certificate ${row.number} (${row.firstNames ?? ''} ${row.familyName ?? ''}): no national register number, mandatory for gifts from 2026.`.replace(/\s+/g, ' '))
    return {
      number: row.number,
      familyName: String(row.familyName ?? ''),
      firstNames: String(row.firstNames ?? ''),
      street: String(row.street ?? ''),
      postalCode: String(row.postalCode ?? ''),
      city: String(row.city ?? ''),
      country: String(row.country ?? 'BE'),
      nationalRegisterNumber,
      amountCents: Number(row.amountCents),
      treatment: row.treatment as BelcotaxTreatment,
    }
  })
  let file
  try {
    file = buildBelcotaxXml({
      year,
      mode,
      createdOn: today.toISOString().slice(0, 10),
      organisation: { name: context.organisation.name, address: context.organisation, enterpriseNumber: context.organisation.enterpriseNumber, contact: context.contact, language: 'nl' },
      certificates,
    })
  } catch (error) {
    if (error instanceof BelcotaxInputError) throw new FilingRefused([...problems, ...error.problems])
    throw error
  }
  if (problems.length > 0) throw new FilingRefused(problems)
  const schemaErrors = await validateAgainstSchema(file.xml)
  if (schemaErrors.length > 0) throw new FilingRefused(schemaErrors.map((message) => `Schema: ${message}`))
  return { name: `belcotax-281.71-${year}-${part}${mode === 'test' ? '-test' : ''}.xml`, xml: file.xml, warnings: file.warnings, totals: file.totals, numbers: certificates.map((c) => c.number) }
}

let schema: string | undefined

export async function validateAgainstSchema(xml: string): Promise<string[]> {
  schema ??= fs.readFileSync(schemaFile, 'utf8')
  const result = await validateXML({ xml: [{ fileName: 'belcotax.xml', contents: xml }], schema: [{ fileName: 'Belcotax-2024.xsd', contents: schema }] })
  return result.errors.map((error) => error.message)
}
