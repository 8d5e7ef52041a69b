/**
 * Spreadsheet exports for staff (donations, pledges, applications): one column list per
 * export, written the same way everywhere.
 */
export type CsvColumns<T> = [header: string, value: (row: T) => unknown][]

/** A spreadsheet cannot take a cell for a formula: values starting with = + - @ get a leading quote. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** UTF-8 with a byte-order mark and CRLF line ends, as spreadsheet programs expect, offered as a download. */
export function csvResponse<T>(name: string, columns: CsvColumns<T>, rows: T[]): Response {
  const lines = [columns.map(([header]) => header).join(','), ...rows.map((row) => columns.map(([, value]) => csvCell(value(row))).join(','))]
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
