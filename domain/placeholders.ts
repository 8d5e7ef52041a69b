/** Fills `{name}` placeholders of an interface text: fillPlaceholders('Goal for {year}', { year: 2026 }). */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}
