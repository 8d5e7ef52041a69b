import { invalidRequest } from './errors'

/** A decoded Stripe request: nested objects of strings; arrays stay objects keyed "0", "1", … until a schema asks for an array. */
export type FormValue = string | FormObject
export interface FormObject {
  [key: string]: FormValue
}

const keyPattern = /^([^[\]]+)((?:\[[^[\]]*\])*)$/

/**
 * Decodes `application/x-www-form-urlencoded` the way Stripe does (`a[b][0][c]=x`). Numeric segments
 * are kept as object keys because metadata keys may be digits; the schema decides what is a list.
 */
export function decodeForm(body: string): FormObject {
  const root: FormObject = {}
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const match = keyPattern.exec(rawKey)
    if (!match) throw invalidRequest(`Invalid parameter name: ${rawKey}`, rawKey)
    const segments = [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])]
    let node = root
    segments.forEach((segment, index) => {
      // `expand[]=a&expand[]=b` (PHP style) appends, as Stripe accepts it.
      const key = segment === '' ? String(Object.keys(node).length) : segment
      const path = segments.slice(0, index + 1).join('][')
      if (index === segments.length - 1) {
        if (typeof node[key] === 'object') throw invalidRequest(`Invalid hash: ${rawKey}`, rawKey)
        node[key] = value
        return
      }
      const next = node[key] ?? {}
      if (typeof next === 'string') throw invalidRequest(`Invalid hash: ${path}`, rawKey)
      node[key] = next
      node = next
    })
  }
  return root
}

/** `{ "0": a, "1": b }` → `[a, b]` when the keys are exactly 0…n-1; anything else is left for the schema to refuse. */
export function asList(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const keys = Object.keys(value)
  if (!keys.every((key, index) => key === String(index))) return value
  return keys.map((key) => (value as Record<string, unknown>)[key])
}

/** Stripe's own spelling of a parameter path: `line_items[0][price_data][currency]`. */
export function paramName(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String)
  return (head ?? '') + rest.map((segment) => `[${segment}]`).join('')
}
