import { inflateSync } from 'node:zlib'

/**
 * Whether bytes are a PDF a coordinator can safely open: built as a PDF is built, and
 * without anything that runs on opening. Checked by hand rather than by a PDF library:
 * a library repairs broken files (so everything "parses") and reads every object, while
 * this reads the file once as text, fast for the largest CV.
 *
 * A PDF starts with `%PDF-1.x` or `%PDF-2.0`, ends (within its last 1 KiB) with `%%EOF`
 * after `startxref` and the offset of its cross-reference section, which is a table
 * (`xref`, then a `trailer` naming the `/Root`) or a cross-reference stream (an object
 * of `/Type /XRef` naming the `/Root`).
 */
export type PdfCheck = 'ok' | 'malformed' | 'active' | 'encrypted'

const activeNames = new Set(['JS', 'JavaScript', 'Launch'])
/** All object streams together may inflate to this much; more is a bomb, not a CV. */
const maxInflatedBytes = 32 * 1024 * 1024

export function checkPdf(bytes: Uint8Array): PdfCheck {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  if (!/^%PDF-(?:1\.[0-7]|2\.0)\s/.test(text.slice(0, 16))) return 'malformed'
  const trailer = trailerDictionary(text)
  if (trailer === undefined || !/\/Root\s+\d+\s+\d+\s+R/.test(trailer)) return 'malformed'
  // An encrypted file's objects cannot be read, so whether it runs scripts cannot be told.
  if (hasName(trailer, 'Encrypt')) return 'encrypted'
  return activeContent(text) ?? 'ok'
}

/**
 * The dictionary that describes the document (the `trailer`, or the cross-reference
 * stream's own dictionary), found the way a reader finds it: from `startxref` at the end.
 * Undefined when the end of the file is not that of a PDF.
 */
function trailerDictionary(text: string): string | undefined {
  const eof = text.lastIndexOf('%%EOF')
  if (eof < 0 || eof < text.length - 1024) return undefined
  const start = text.lastIndexOf('startxref', eof)
  const offset = start < 0 ? undefined : /^startxref\s+(\d{1,10})\s*$/.exec(text.slice(start, eof))?.[1]
  if (offset === undefined || Number(offset) >= start) return undefined
  const section = text.slice(Number(offset), start)
  if (/^\s*xref\s+\d+\s+\d+\s/.test(section)) {
    const trailer = section.lastIndexOf('trailer')
    return trailer < 0 ? undefined : section.slice(trailer)
  }
  const stream = /^\s*\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*stream/.exec(section.slice(0, 64 * 1024))
  return stream && /\/Type\s*\/XRef\b/.test(stream[1]) ? stream[1] : undefined
}

/**
 * A name that makes the file act on its own: /JS and /JavaScript (scripts, in actions,
 * /OpenAction, /AA or the document's name tree) and /Launch (starting a program). Names
 * are read with their `#xx` escapes undone (`/Java#53cript`); stream contents are
 * skipped (their bytes could spell anything), except object streams, where dictionaries
 * can hide compressed, and which are inflated within a budget.
 */
function activeContent(text: string): 'active' | 'malformed' | undefined {
  let inflated = 0
  let at = 0
  const streamStart = />>\s*stream(?:\r\n|\n|\r)/g
  for (;;) {
    streamStart.lastIndex = at
    const start = streamStart.exec(text)
    const plainEnd = start ? start.index + start[0].length : text.length
    if (hasActiveName(text.slice(at, plainEnd))) return 'active'
    if (!start) return undefined
    const end = text.indexOf('endstream', plainEnd)
    if (end < 0) return 'malformed'
    const dictionary = text.slice(text.lastIndexOf('obj', start.index) + 3, start.index)
    if (/\/Type\s*\/ObjStm\b/.test(dictionary)) {
      const contents = objectStream(withoutEndOfLine(text.slice(plainEnd, end)), dictionary, maxInflatedBytes - inflated)
      if (contents === undefined) return 'malformed'
      inflated += contents.length
      if (hasActiveName(contents)) return 'active'
    }
    at = end + 'endstream'.length
  }
}

/** An object stream's objects as text: stored, or Flate-compressed (what every writer uses). */
function objectStream(data: string, dictionary: string, budget: number): string | undefined {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+)/.exec(dictionary)?.[1]
  if (!filter) return data
  if (!/^(?:\[\s*)?\/FlateDecode(?:\s*\])?$/.test(filter.trim()) || /\/DecodeParms/.test(dictionary)) return undefined
  try {
    return inflateSync(Buffer.from(data, 'latin1'), { maxOutputLength: Math.max(1, budget) }).toString('latin1')
  } catch {
    // Corrupt, or over the budget: a CV has no business inflating that far.
    return undefined
  }
}

/** Stream data ends with the line break before `endstream`, which is not part of it. */
function withoutEndOfLine(data: string): string {
  return data.endsWith('\r\n') ? data.slice(0, -2) : data.endsWith('\n') || data.endsWith('\r') ? data.slice(0, -1) : data
}

function hasActiveName(text: string): boolean {
  for (const name of names(text)) if (activeNames.has(name)) return true
  return false
}

function hasName(text: string, wanted: string): boolean {
  for (const name of names(text)) if (name === wanted) return true
  return false
}

function* names(text: string): Generator<string> {
  for (const match of text.matchAll(/\/((?:[^\s/<>[\]()%{}#]|#[0-9a-fA-F]{2})+)/g)) {
    const raw = match[1]
    yield raw.includes('#') ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : raw
  }
}
