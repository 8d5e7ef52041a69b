/**
 * Markup for the pages the CMS renders itself (a refused form shown again): built from
 * this code's own template text, with every value escaped on the way in, so that
 * anything a visitor typed ("<script>", a quote ending an attribute) shows as text.
 */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup
  }
}

export type Part = Html | string | number | false | null | undefined | readonly Part[]

/** Text made safe for both element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function render(part: Part): string {
  if (part === false || part === null || part === undefined) return ''
  if (part instanceof Html) return part.markup
  if (Array.isArray(part)) return part.map(render).join('')
  return escapeHtml(String(part))
}

/** A template whose values are escaped, unless they are Html themselves; false, null and undefined render nothing. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(strings.reduce((out, text, i) => out + text + (i < parts.length ? render(parts[i]) : ''), ''))
}

/** An attribute that is there or not (`checked`, `required`): never a value from outside. */
export const flag = (on: boolean | undefined, name: string): Html => new Html(on ? ` ${name}` : '')
