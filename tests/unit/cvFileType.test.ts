import { describe, expect, it } from 'vitest'
import { safeName } from '../../cms/volunteering/files'
import { detectDocumentType } from '../../cms/volunteering/fileType'
import { checkPdf } from '../../cms/volunteering/pdf'
import { classicPdf, docxDocument, executable, odtDocument, otherZip, pdfDocument } from '../integration/support/documents'
import {
  elfExecutable,
  encryptedPdf,
  headerOnlyPdf,
  odtParts,
  pdfWithCatalog,
  pdfWithObjectStream,
  scriptedPdfs,
  truncatedPdf,
  wordParts,
  zip,
  zipBombs,
} from '../integration/support/hostileFiles'

describe('a CV is accepted only when it really is a PDF, DOCX or ODT', () => {
  it('accepts real documents, by their content', () => {
    expect(detectDocumentType(pdfDocument())).toBe('pdf')
    expect(detectDocumentType(pdfWithObjectStream())).toBe('pdf')
    expect(detectDocumentType(pdfWithCatalog('/OpenAction [3 0 R /Fit]'))).toBe('pdf')
    expect(detectDocumentType(docxDocument())).toBe('docx')
    expect(detectDocumentType(odtDocument())).toBe('odt')
    expect(detectDocumentType(zip(wordParts()))).toBe('docx')
    expect(detectDocumentType(zip(odtParts()))).toBe('odt')
  })

  it('refuses files of 0 to 3 bytes without failing', () => {
    for (const bytes of [[], [0x25], [0x50, 0x4b], [0x50, 0x4b, 0x03], [0x25, 0x50, 0x44]]) expect(detectDocumentType(new Uint8Array(bytes))).toBeUndefined()
  })

  it('refuses a PDF header with nothing behind it, and a cut-off PDF', () => {
    expect(headerOnlyPdf().byteLength).toBe(9)
    expect(detectDocumentType(headerOnlyPdf())).toBeUndefined()
    expect(detectDocumentType(Buffer.from('%PDF-1.7'))).toBeUndefined()
    expect(detectDocumentType(truncatedPdf())).toBeUndefined()
    expect(checkPdf(Buffer.from('%PDF-1.4\n%%EOF\n'))).toBe('malformed')
  })

  it('refuses a PDF whose end does not lead to its cross-references', () => {
    const good = Buffer.from(pdfDocument()).toString('latin1')
    const wrongOffset = good.replace(/startxref\n\d+/, 'startxref\n12')
    const noRoot = good.replace('/Root 1 0 R', '/Size2 1')
    const noEof = good.replace('%%EOF', '')
    const eofFarFromEnd = `${good}${' '.repeat(2048)}`
    for (const text of [wrongOffset, noRoot, noEof, eofFarFromEnd]) expect(checkPdf(Buffer.from(text, 'latin1'))).toBe('malformed')
  })

  it('refuses PDFs that run a script or a program when opened', () => {
    for (const [what, make] of Object.entries(scriptedPdfs)) {
      expect(checkPdf(make()), what).toBe('active')
      expect(detectDocumentType(make()), what).toBeUndefined()
    }
  })

  it('does not mistake ordinary names or text for actions', () => {
    // A subset font prefix may start with "JS"; a text string may mention JavaScript.
    const font = '<< /Type /Font /Subtype /TrueType /BaseFont /JSKQFA+Calibri >>'
    expect(detectDocumentType(pdfWithCatalog('/Lang (en-BE)', [font, '<< /Length 30 >>\nstream\nBT (I write JavaScript) Tj ET\nendstream']))).toBe('pdf')
  })

  it('refuses an encrypted PDF, whose content cannot be checked', () => {
    expect(checkPdf(encryptedPdf())).toBe('encrypted')
    expect(detectDocumentType(encryptedPdf())).toBeUndefined()
  })

  it('refuses programs renamed to a document', () => {
    expect(detectDocumentType(executable())).toBeUndefined()
    expect(detectDocumentType(elfExecutable())).toBeUndefined()
    // A program with a PDF glued behind it does not start as a PDF does.
    expect(detectDocumentType(Buffer.concat([Buffer.from(executable()), Buffer.from(pdfDocument())]))).toBeUndefined()
  })

  it('refuses archives that are not word-processor documents, or hold macros', () => {
    expect(detectDocumentType(otherZip())).toBeUndefined()
    expect(detectDocumentType(zip(wordParts().filter((part) => part.name !== 'word/document.xml')))).toBeUndefined()
    expect(detectDocumentType(zip(odtParts().filter((part) => part.name !== 'content.xml')))).toBeUndefined()
    expect(detectDocumentType(zip([...wordParts(), { name: 'word/vbaProject.bin', data: 'macro' }]))).toBeUndefined()
    expect(detectDocumentType(zip([...odtParts(), { name: 'Basic/Standard/Module1.xml', data: 'macro' }]))).toBeUndefined()
  })

  it('refuses zip bombs and lying archives named .docx or .odt, quickly and without unpacking them', () => {
    for (const [what, make] of Object.entries(zipBombs)) {
      for (const kind of ['docx', 'odt'] as const) {
        const bytes = make(kind)
        const started = performance.now()
        expect(detectDocumentType(bytes), `${what} (${kind})`).toBeUndefined()
        expect(performance.now() - started, `${what} (${kind})`).toBeLessThan(500)
      }
    }
  })

  it('checks a 5 MB PDF quickly', () => {
    const padding = `<< /Length ${4_000_000} >>\nstream\n${'x'.repeat(4_000_000)}\nendstream`
    const large = classicPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R >>', padding, ...Array.from({ length: 5000 }, (_, i) => `<< /N ${i} /Name /Item${i} >>`)])
    const started = performance.now()
    expect(detectDocumentType(large)).toBe('pdf')
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('the name a CV is shown under', () => {
  it('keeps the applicant’s name without folders, control characters or tricks', () => {
    expect(safeName('Mon CV.docx', 'docx')).toBe('Mon CV.docx')
    expect(safeName('../../etc/passwd', 'pdf')).toBe('passwd.pdf')
    expect(safeName('..\\..\\Windows\\system32\\cv.pdf', 'pdf')).toBe('cv.pdf')
    expect(safeName('cv\u0000.exe', 'pdf')).toBe('cv.pdf')
    expect(safeName('cv\u202egpj.exe', 'pdf')).toBe('cvgpj.pdf')
    expect(safeName('"; filename=evil\r\n.pdf', 'pdf')).toBe('filenameevil.pdf')
    expect(safeName('.htaccess', 'odt')).toBe('document.odt')
    expect(safeName('', 'pdf')).toBe('document.pdf')
    expect(safeName('He\u0301le\u0300ne.pdf', 'pdf')).toBe('Hélène.pdf')
  })
})
