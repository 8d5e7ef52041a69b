import { inflateRawSync } from 'node:zlib'

export type DocumentType = 'pdf' | 'docx' | 'odt'

export const documentMimeTypes: Record<DocumentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
}

/**
 * The real type of an uploaded document, read from its bytes (never from its name): a PDF
 * starts with "%PDF-"; DOCX and ODT are ZIP archives, told apart by the entry that names
 * their type ([Content_Types].xml for Word, `mimetype` for OpenDocument). Anything else,
 * an executable renamed .pdf included, is undefined.
 */
export function detectDocumentType(bytes: Uint8Array): DocumentType | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  if (buffer.readUInt32LE(0) !== 0x04034b50 || buffer.length < 22) return undefined
  const entries = zipEntries(buffer)
  if (!entries) return undefined
  const mimetype = entries.get('mimetype')
  if (mimetype && readEntry(buffer, mimetype)?.toString('latin1').trim() === documentMimeTypes.odt) return 'odt'
  const contentTypes = entries.get('[Content_Types].xml')
  const xml = contentTypes ? readEntry(buffer, contentTypes)?.toString('utf8') : undefined
  if (xml?.includes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml') && entries.has('word/document.xml')) return 'docx'
  return undefined
}

type Entry = { method: number; compressedSize: number; localHeaderOffset: number }

/** The archive's table of contents (its central directory), or undefined when it is not a sound ZIP. */
function zipEntries(buffer: Buffer): Map<string, Entry> | undefined {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
  const floor = Math.max(0, buffer.length - 22 - 0xffff)
  let end = -1
  for (let i = buffer.length - 22; i >= floor; i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return undefined
  const count = buffer.readUInt16LE(end + 10)
  let offset = buffer.readUInt32LE(end + 16)
  const entries = new Map<string, Entry>()
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return undefined
    const nameLength = buffer.readUInt16LE(offset + 28)
    const extraLength = buffer.readUInt16LE(offset + 30)
    const commentLength = buffer.readUInt16LE(offset + 32)
    const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    entries.set(name, {
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** One entry's content (stored or deflated), at most 1 MiB: type entries are small. */
function readEntry(buffer: Buffer, entry: Entry): Buffer | undefined {
  const at = entry.localHeaderOffset
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) return undefined
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28)
  const data = buffer.subarray(start, start + entry.compressedSize)
  if (entry.compressedSize > 1024 * 1024 || data.length !== entry.compressedSize) return undefined
  try {
    if (entry.method === 0) return data
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: 1024 * 1024 })
  } catch {
    return undefined
  }
  return undefined
}
