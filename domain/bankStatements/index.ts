import { parseCamt053 } from './camt053'
import { CODA_RECORD_LENGTH, parseCoda } from './coda'
import { StatementFileError, type ParsedStatementFile, type StatementFormat } from './types'

export * from './types'
export { parseCamt053 } from './camt053'
export { parseCoda } from './coda'

/**
 * Reads an uploaded bank statement file, whichever of the two formats Belgian banks
 * deliver: ISO 20022 CAMT.053 (XML) or CODA (128-character records, the first a header
 * starting with 0). Throws StatementFileError, with a message for the uploader, when it
 * is neither or cannot be read.
 */
export function parseBankStatementFile(file: string | Uint8Array): ParsedStatementFile {
  const text = typeof file === 'string' ? file : decode(file)
  const format = detectStatementFormat(text)
  if (!format) throw new StatementFileError('This file is neither a CODA file nor a CAMT.053 (XML) statement.')
  return format === 'camt053' ? parseCamt053(text) : parseCoda(text)
}

export function detectStatementFormat(text: string): StatementFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('<')) return /<(\w+:)?BkToCstmrStmt[\s>]/.test(start) ? 'camt053' : undefined
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0]
  const recordShaped = firstLine.length === CODA_RECORD_LENGTH || (firstLine.length > 0 && firstLine.length % CODA_RECORD_LENGTH === 0)
  return recordShaped && firstLine.startsWith('0') ? 'coda' : undefined
}

/**
 * UTF-8 when the bytes are valid UTF-8 (CAMT.053 files are); otherwise ISO-8859-1, the
 * other encoding CODA files come in, or the encoding an XML declaration names.
 */
function decode(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase()
  if (declared && declared !== 'utf-8') {
    try {
      return new TextDecoder(declared).decode(bytes)
    } catch {
      throw new StatementFileError(`The XML file declares the encoding ${declared}, which cannot be read.`)
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('latin1').decode(bytes)
  }
}
