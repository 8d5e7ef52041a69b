/**
 * The fill-in step of the email pipeline. A template (MJML already compiled to HTML, or
 * the plain-text part) is parsed once into a tree of literal strings, placeholders and
 * sections; filling it is then a single walk with no regular expressions, which is what
 * keeps one message well under a millisecond.
 *
 * Syntax: `{{key}}` a value, `{{#key}}…{{/key}}` shown when the value is non-empty,
 * `{{^key}}…{{/key}}` shown when it is empty. Nothing else: templates hold no logic.
 */

export type Value = string | readonly string[]
export type Values = Readonly<Record<string, Value>>

type Node = string | { key: string } | { section: string; inverted: boolean; children: Node[] }

export type Template = { readonly nodes: readonly Node[]; readonly keys: ReadonlySet<string> }

const tokenPattern = /\{\{\s*([#^/]?)\s*([A-Za-z][\w.]*)\s*\}\}/g

export function parseTemplate(source: string, name: string): Template {
  const root: Node[] = []
  const stack: { key: string; children: Node[] }[] = [{ key: '', children: root }]
  const keys = new Set<string>()
  let last = 0
  for (const match of source.matchAll(tokenPattern)) {
    const [token, sigil, key] = match as unknown as [string, string, string]
    const current = stack[stack.length - 1]!
    if (match.index > last) current.children.push(literal(source.slice(last, match.index), name))
    last = match.index + token.length
    keys.add(key)
    if (sigil === '#' || sigil === '^') {
      const section = { section: key, inverted: sigil === '^', children: [] as Node[] }
      current.children.push(section)
      stack.push({ key, children: section.children })
    } else if (sigil === '/') {
      if (current.key !== key) throw new Error(`${name}: {{/${key}}} closes {{#${current.key || '?'}}}.`)
      stack.pop()
    } else {
      current.children.push({ key })
    }
  }
  if (stack.length > 1) throw new Error(`${name}: {{#${stack[stack.length - 1]!.key}}} is never closed.`)
  if (last < source.length) root.push(literal(source.slice(last), name))
  return { nodes: root, keys }
}

function literal(text: string, name: string): string {
  const at = text.search(/\{\{/)
  if (at >= 0) throw new Error(`${name}: malformed placeholder near "${text.slice(at, at + 60)}".`)
  return text
}

/** How a value becomes output: HTML-escaped with line breaks kept, or plain text as is. */
export type Format = { escape: (text: string) => string; joinLines: string }

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char]!)
}

export const htmlFormat: Format = {
  escape: (text) => escapeHtml(text).replace(/\r?\n/g, '<br>'),
  joinLines: '<br>',
}

export const textFormat: Format = { escape: (text) => text, joinLines: '\n' }

export function fillTemplate(template: Template, values: Values, format: Format): string {
  let out = ''
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        out += node
      } else if ('key' in node) {
        const value = values[node.key]
        if (value === undefined) throw new Error(`No value for {{${node.key}}}.`)
        out += typeof value === 'string' ? format.escape(value) : value.map(format.escape).join(format.joinLines)
      } else {
        const value = values[node.section]
        const present = value !== undefined && value.length > 0
        if (present !== node.inverted) walk(node.children)
      }
    }
  }
  walk(template.nodes)
  return out
}

/**
 * Fills only the keys given and leaves every other placeholder in place: used at compile
 * time to put a language's words into a template whose values come later.
 */
export function substitute(source: string, values: Readonly<Record<string, string>>, escape: (text: string) => string): string {
  return source.replace(tokenPattern, (token, sigil: string, key: string) => {
    if (sigil || !(key in values)) return token
    return escape(values[key]!)
  })
}
