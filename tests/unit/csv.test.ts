import { describe, expect, it } from 'vitest'
import { csvCell, csvResponse } from '../../cms/csv'

describe('staff spreadsheet exports', () => {
  it('quote what needs quoting', () => {
    expect(csvCell('Marie "Mimi" Dubois')).toBe('"Marie ""Mimi"" Dubois"')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(25.5)).toBe('25.5')
  })

  it('never let a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    for (const start of ['+', '-', '@']) expect(csvCell(`${start}1`).startsWith(`'${start}`)).toBe(true)
  })

  it('come as a UTF-8 download with a header row', async () => {
    const response = csvResponse('gifts', [['name', (row: { name: string }) => row.name]], [{ name: 'Zoë' }])
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="gifts-\d{4}-\d{2}-\d{2}\.csv"$/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // the byte-order mark spreadsheet programs look for
    expect(new TextDecoder().decode(bytes)).toBe('name\r\nZoë\r\n')
  })
})
