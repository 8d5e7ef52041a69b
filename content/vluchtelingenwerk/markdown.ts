/**
 * Lets Markdown be written indented inside the data: strips the common indentation and
 * the blank lines around the text, so paragraphs, `## ` headings and `- ` lists start at
 * the beginning of their line.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ''), '')
  const lines = text.split('\n').map((line) => (line.trim() ? line : ''))
  const indents = lines.filter((line) => line).map((line) => line.length - line.trimStart().length)
  const indent = indents.length ? Math.min(...indents) : 0
  return lines
    .map((line) => line.slice(indent).trimEnd())
    .join('\n')
    .trim()
}
