import { checkPdf } from './pdf'
import { readEntry, type ZipEntry, zipEntries } from './zip'

export type DocumentType = 'pdf' | 'docx' | 'odt'

export const documentMimeTypes: Record<DocumentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
}

const wordDocumentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'

/**
 * The real type of an uploaded document, read from its bytes (never from its name), or
 * undefined when it is not one a coordinator can safely open: a PDF built as a PDF is and
 * running nothing on opening (pdf.ts); a DOCX or ODT that is a sound ZIP archive (zip.ts)
 * holding the parts that make it one, and no macros. Anything else — an executable
 * renamed .pdf, a header and nothing more, a zip bomb, a file of a few bytes — is undefined.
 */
export function detectDocumentType(bytes: Uint8Array): DocumentType | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return checkPdf(bytes) === 'ok' ? 'pdf' : undefined
  const entries = zipEntries(buffer)
  if (!entries) return undefined
  if (isOpenDocumentText(buffer, entries)) return 'odt'
  if (isWordDocument(buffer, entries)) return 'docx'
  return undefined
}

/** OpenDocument names its type in a `mimetype` entry; the text is in content.xml, and macros live under Basic/ or Scripts/. */
function isOpenDocumentText(buffer: Buffer, entries: Map<string, ZipEntry>): boolean {
  const mimetype = entries.get('mimetype')
  if (!mimetype || readEntry(buffer, mimetype)?.toString('latin1').trim() !== documentMimeTypes.odt) return false
  return entries.has('content.xml') && !hasEntryUnder(entries, ['Basic/', 'Scripts/'])
}

/** Word names its parts' types in [Content_Types].xml; a macro-enabled file (.docm) names another type, or carries a VBA project. */
function isWordDocument(buffer: Buffer, entries: Map<string, ZipEntry>): boolean {
  const contentTypes = entries.get('[Content_Types].xml')
  const xml = contentTypes ? readEntry(buffer, contentTypes)?.toString('utf8') : undefined
  if (!xml?.includes(wordDocumentType) || /vbaProject|macroEnabled/i.test(xml)) return false
  return entries.has('word/document.xml') && entries.has('_rels/.rels') && ![...entries.keys()].some((name) => /vbaProject\.bin$/i.test(name))
}

function hasEntryUnder(entries: Map<string, ZipEntry>, folders: string[]): boolean {
  return [...entries.keys()].some((name) => folders.some((folder) => name.startsWith(folder)))
}
