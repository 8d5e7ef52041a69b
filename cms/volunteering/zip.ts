import { inflateRawSync } from 'node:zlib'

/**
 * Just enough of the ZIP format to tell a DOCX or ODT from anything else, without ever
 * unpacking an archive whole: its table of contents (the central directory) is read and
 * checked for what no word processor writes and every zip bomb needs — sizes that
 * promise far more than the archive holds, entries that overlap or repeat, encryption,
 * ZIP64 — and only the one or two small entries that name the document's type are
 * inflated, each capped at what it declares.
 */
export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localHeaderOffset: number }

/** Every entry together may unpack to this much: far beyond any CV, far below a bomb. */
const maxTotalSize = 100 * 1024 * 1024
/** Compression ratio beyond which a large entry is a bomb (Apache POI's rule for Office files). */
const maxRatio = 100
/** Small entries compress without limit (a 1 KiB run of spaces); only large ones are judged by their ratio. */
const ratioFloorBytes = 1024 * 1024
const maxEntries = 5_000
/** The type-naming entries are a few hundred bytes; this is what one is allowed to unpack to. */
const maxEntryRead = 1024 * 1024

const signature = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 }

/** The archive's entries by name, or undefined when it is not a sound, plain ZIP. */
export function zipEntries(buffer: Buffer): Map<string, ZipEntry> | undefined {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== signature.local) return undefined
  const end = endOfDirectory(buffer)
  if (end < 0) return undefined
  const count = buffer.readUInt16LE(end + 10)
  const directorySize = buffer.readUInt32LE(end + 12)
  let offset = buffer.readUInt32LE(end + 16)
  // 0xffff and 0xffffffff mean ZIP64, which no document of a few megabytes needs.
  if (count === 0 || count > maxEntries || offset + directorySize > end) return undefined

  const entries = new Map<string, ZipEntry>()
  let total = 0
  for (let n = 0; n < count; n++) {
    if (offset + 46 > end || buffer.readUInt32LE(offset) !== signature.central) return undefined
    const flags = buffer.readUInt16LE(offset + 8)
    const nameLength = buffer.readUInt16LE(offset + 28)
    const entry: ZipEntry = {
      name: buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      size: buffer.readUInt32LE(offset + 24),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
    }
    // Encrypted entries (flag bit 0) cannot be read; methods other than stored and deflated are not a word processor's.
    if (flags & 1 || (entry.method !== 0 && entry.method !== 8) || entries.has(entry.name)) return undefined
    if (entry.name.includes('\0') || entry.name.startsWith('/') || entry.name.split(/[\\/]/).includes('..')) return undefined
    if (entry.size > ratioFloorBytes && entry.size > entry.compressedSize * maxRatio) return undefined
    total += entry.size
    if (total > maxTotalSize) return undefined
    entries.set(entry.name, entry)
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32)
  }
  return entriesDoNotOverlap(buffer, [...entries.values()], end) ? entries : undefined
}

/** One entry's content, unpacked to at most its declared size (and never past 1 MiB); undefined when it does not keep its word. */
export function readEntry(buffer: Buffer, entry: ZipEntry): Buffer | undefined {
  const start = dataStart(buffer, entry)
  if (start === undefined || entry.size > maxEntryRead) return undefined
  const data = buffer.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) return undefined
  try {
    const content = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) })
    return content.length === entry.size ? content : undefined
  } catch {
    // Corrupt, or it unpacks to more than it declared: both are lies.
    return undefined
  }
}

/** The end-of-central-directory record: in the last 22 bytes, plus a comment of up to 64 KiB. */
function endOfDirectory(buffer: Buffer): number {
  const floor = Math.max(0, buffer.length - 22 - 0xffff)
  for (let i = buffer.length - 22; i >= floor; i--) if (buffer.readUInt32LE(i) === signature.end) return i
  return -1
}

/** Where an entry's data starts, after its local header; undefined when the header is not where the directory says. */
function dataStart(buffer: Buffer, entry: ZipEntry): number | undefined {
  const at = entry.localHeaderOffset
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== signature.local) return undefined
  return at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28)
}

/** Overlapping entries (one compressed stream counted many times over) are how the worst zip bombs are built. */
function entriesDoNotOverlap(buffer: Buffer, entries: ZipEntry[], directoryEnd: number): boolean {
  const spans: [number, number][] = []
  for (const entry of entries) {
    const start = dataStart(buffer, entry)
    if (start === undefined) return false
    spans.push([entry.localHeaderOffset, start + entry.compressedSize])
  }
  spans.sort((a, b) => a[0] - b[0])
  return spans.every(([, spanEnd], i) => spanEnd <= (spans[i + 1]?.[0] ?? directoryEnd))
}
