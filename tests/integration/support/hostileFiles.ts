import { crc32, deflateRawSync, deflateSync } from 'node:zlib'
import { classicPdf, docxDocument, odtDocument } from './documents'

/**
 * Files made to look like CVs without being safe ones, built in code for the file-type
 * unit tests and the hostile-input suite: PDFs that are only a header, that run scripts
 * or programs on opening (plainly, with escaped names, or hidden in a compressed object
 * stream), encrypted PDFs, and ZIP archives named .docx/.odt that are bombs or lies.
 */

const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'
const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'

/** A one-page PDF whose catalog carries `catalogExtra` (an /OpenAction, say). */
export function pdfWithCatalog(catalogExtra: string, extraObjects: string[] = []): Uint8Array {
  return classicPdf([`<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`, pages, page, ...extraObjects])
}

export const scriptedPdfs: Record<string, () => Uint8Array> = {
  'a script run on opening': () => pdfWithCatalog('/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>'),
  'an opening action pointing to a script object': () => pdfWithCatalog('/OpenAction 4 0 R', ['<< /S /JavaScript /JS 5 0 R >>', '<< /Length 12 >>\nstream\napp.alert(1)\nendstream']),
  'a script behind escaped names': () => pdfWithCatalog('/OpenAction << /S /Java#53cript /J#53 (app.alert\\(1\\)) >>'),
  'a program launched on opening': () => pdfWithCatalog('/OpenAction << /S /Launch /F (cmd.exe) >>'),
  'a document-level script in the name tree': () => pdfWithCatalog('/Names << /JavaScript << /Names [(x) << /S /JavaScript /JS (1) >>] >> >>'),
  'a script hidden in a compressed object stream': () => pdfWithObjectStream('<< /S /JavaScript /JS (app.alert\\(1\\)) >>'),
}

/** A PDF 1.5 whose catalog sits compressed in an object stream, found through a cross-reference stream. */
export function pdfWithObjectStream(openAction?: string): Uint8Array {
  const compressed = [`<< /Type /Catalog /Pages 2 0 R${openAction ? ' /OpenAction 4 0 R' : ''} >>`, ...(openAction ? [openAction] : [])]
  const numbers = openAction ? [1, 4] : [1]
  let offsets = ''
  let objects = ''
  compressed.forEach((object, i) => {
    offsets += `${numbers[i]} ${objects.length} `
    objects += `${object}\n`
  })
  const streamData = deflateSync(Buffer.from(offsets + objects, 'latin1'))
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n', 'latin1')]
  const length = () => parts.reduce((sum, part) => sum + part.length, 0)
  const at: Record<number, number> = {}
  const add = (n: number, text: string | Buffer[]) => {
    at[n] = length()
    parts.push(...(typeof text === 'string' ? [Buffer.from(text, 'latin1')] : text))
  }
  add(2, `2 0 obj\n${pages}\nendobj\n`)
  add(3, `3 0 obj\n${page}\nendobj\n`)
  add(5, [Buffer.from(`5 0 obj\n<< /Type /ObjStm /N ${compressed.length} /First ${offsets.length} /Filter /FlateDecode /Length ${streamData.length} >>\nstream\n`, 'latin1'), streamData, Buffer.from('\nendstream\nendobj\n', 'latin1')])
  const xrefAt = length()
  // Cross-reference stream rows (type, offset or stream number, generation or index): W [1 4 2].
  const row = (type: number, field: number, index: number) => Buffer.from([type, (field >>> 24) & 255, (field >>> 16) & 255, (field >>> 8) & 255, field & 255, (index >> 8) & 255, index & 255])
  const rows = [row(0, 0, 65535), row(2, 5, 0), row(1, at[2], 0), row(1, at[3], 0), openAction ? row(2, 5, 1) : row(0, 0, 0), row(1, at[5], 0), row(1, xrefAt, 0)]
  const xrefData = deflateSync(Buffer.concat(rows))
  parts.push(Buffer.from(`6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${xrefData.length} >>\nstream\n`, 'latin1'), xrefData)
  parts.push(Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'))
  return new Uint8Array(Buffer.concat(parts))
}

export const headerOnlyPdf = () => Buffer.from('%PDF-1.7\n', 'latin1')

export const encryptedPdf = () => classicPdf([`<< /Type /Catalog /Pages 2 0 R >>`, pages, page, '<< /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>'], { trailerExtra: ' /Encrypt 4 0 R' })

/** A PDF whose end was cut off (an interrupted upload). */
export const truncatedPdf = () => classicPdf([`<< /Type /Catalog /Pages 2 0 R >>`, pages, page]).subarray(0, 200)

/** A Linux program (ELF header) to be sent under a .pdf name. */
export function elfExecutable(): Uint8Array {
  const bytes = new Uint8Array(512)
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])
  return bytes
}

export type ZipPart = { name: string; data: Buffer | string; store?: boolean; declaredSize?: number; flags?: number; localOffset?: number }

/** A ZIP archive; `declaredSize`, `flags` and `localOffset` let an entry lie about itself. */
export function zip(parts: ZipPart[], { entryCount }: { entryCount?: number } = {}): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8')
    const data = part.store ? raw : deflateRawSync(raw)
    const name = Buffer.from(part.name, 'utf8')
    const size = part.declaredSize ?? raw.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(part.flags ?? 0, 6)
    local.writeUInt16LE(part.store ? 0 : 8, 8)
    local.writeUInt32LE(crc32(raw), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(part.flags ?? 0, 8)
    central.writeUInt16LE(part.store ? 0 : 8, 10)
    central.writeUInt32LE(crc32(raw), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(part.localOffset ?? offset, 42)
    if (part.localOffset === undefined) {
      locals.push(local, name, data)
      offset += local.length + name.length + data.length
    }
    centrals.push(central, name)
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entryCount ?? parts.length, 8)
  end.writeUInt16LE(entryCount ?? parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'

/** The parts that make a ZIP a DOCX or an ODT, to which a bomb is added. */
export const wordParts = (): ZipPart[] => [
  { name: '[Content_Types].xml', data: contentTypes },
  { name: '_rels/.rels', data: rels },
  { name: 'word/document.xml', data: '<w:document/>' },
]
export const odtParts = (): ZipPart[] => [
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
  { name: 'content.xml', data: '<office:document-content/>' },
]

/** Zip bombs and lying archives under a document's name, each refused for another reason. */
export const zipBombs: Record<string, (kind: 'docx' | 'odt') => Uint8Array> = {
  'an entry unpacking a thousand times its size': (kind) => zip([...partsOf(kind), { name: 'bomb.xml', data: Buffer.alloc(20 * 1024 * 1024) }]),
  'entries declaring more than 100 MB in all': (kind) => zip([...partsOf(kind), ...Array.from({ length: 120 }, (_, i) => ({ name: `media/${i}.bin`, data: 'x', store: true, declaredSize: 1024 * 1024 }))]),
  'a type entry unpacking past its declared size': (kind) =>
    zip(partsOf(kind).map((part) => (part.name === 'mimetype' || part.name === '[Content_Types].xml' ? { ...part, data: `${part.data}${' '.repeat(4 * 1024 * 1024)}`, store: false, declaredSize: Buffer.byteLength(String(part.data)) } : part))),
  'entries overlapping one compressed stream': (kind) => zip([...partsOf(kind), ...Array.from({ length: 20 }, (_, i) => ({ name: `overlap/${i}.xml`, data: Buffer.alloc(900 * 1024), localOffset: 0 }))]),
  'an encrypted entry': (kind) => zip([...partsOf(kind), { name: 'secret.xml', data: 'x', flags: 1 }]),
  'a ZIP64 marker': (kind) => zip(partsOf(kind), { entryCount: 0xffff }),
  'an entry escaping its folder': (kind) => zip([...partsOf(kind), { name: '../../etc/cron.d/x', data: 'x' }]),
}

function partsOf(kind: 'docx' | 'odt'): ZipPart[] {
  return kind === 'docx' ? wordParts() : odtParts()
}

/** The good documents every test starts from. */
export const goodDocuments = { docx: docxDocument, odt: odtDocument }
