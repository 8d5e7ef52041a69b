import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { TREATMENT_CODES } from './belcotaxCodes'

/**
 * What a Belcotax-on-web file says about itself, read back from the very bytes finance sent
 * (belcotaxXml.ts wrote them): the income year, real or test (v0010_bestandtype), which of
 * the year's two files it is, and the certificates' numbers. Enough to record the sending
 * and to check the file belongs to the year; the schema check is the caller's.
 */
export type BelcotaxFilePart = 'originals' | 'corrections'

export interface SentBelcotaxFile {
  year: number
  mode: 'real' | 'test'
  /** One file never mixes them (belcotaxXml.ts): originals only, or modifications, additions and cancellations. */
  part: BelcotaxFilePart
  numbers: number[]
}

/** Not a Belcotax 281.71 file this site could have made; `problems` says why, in English as the domain gives them. */
export class BelcotaxFileUnreadable extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '))
  }
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (name) => name === 'Fiche28171' })

export function readBelcotaxFile(xml: string): SentBelcotaxFile {
  // The site's files never declare a document type; refusing one keeps entity tricks out.
  if (/<!DOCTYPE/i.test(xml)) throw new BelcotaxFileUnreadable(['The file has a document type declaration, which no Belcotax file of this site has.'])
  const wellFormed = XMLValidator.validate(xml)
  if (wellFormed !== true) throw new BelcotaxFileUnreadable([`The file is not well-formed XML (line ${wellFormed.err.line}): ${wellFormed.err.msg}`])
  const sending = (parser.parse(xml) as { Verzendingen?: { Verzending?: Record<string, any> } }).Verzendingen?.Verzending
  const fiches: Record<string, unknown>[] | undefined = sending?.Aangiften?.Aangifte?.Opgaven?.Opgave32571?.Fiche28171
  if (!sending || !Array.isArray(fiches) || fiches.length === 0) throw new BelcotaxFileUnreadable(['The file is not a Belcotax file of certificates 281.71 (Verzendingen/…/Fiche28171).'])
  const problems: string[] = []
  const year = Number(sending.v0002_inkomstenjaar)
  if (!Number.isInteger(year)) problems.push('The file does not say its income year (v0002_inkomstenjaar).')
  const type = String(sending.v0010_bestandtype ?? '')
  if (type !== 'BELCOTAX' && type !== 'BCTEST') problems.push(`The file type ${type || '(none)'} is neither BELCOTAX nor BCTEST.`)
  const numbers = fiches.map((fiche) => Number(fiche.f2009_volgnummer))
  if (numbers.some((number) => !Number.isInteger(number) || number < 1)) problems.push('A certificate in the file has no number (f2009_volgnummer).')
  const originals = fiches.map((fiche) => String(fiche.f2028_typetraitement) === TREATMENT_CODES.original)
  if (originals.some(Boolean) && !originals.every(Boolean)) problems.push('The file mixes original certificates and corrections.')
  if (problems.length > 0) throw new BelcotaxFileUnreadable(problems)
  return { year, mode: type === 'BELCOTAX' ? 'real' : 'test', part: originals[0] ? 'originals' : 'corrections', numbers }
}
