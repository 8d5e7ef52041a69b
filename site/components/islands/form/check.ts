import * as z from 'zod/mini'
import { type FieldErrors, fieldErrors } from '../../../../domain/forms/errors'
import type { Locale } from '../../../../domain/locales'

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

/** A form's input through the server's own schema: what the server will receive, or each field's problem in the visitor's language. */
export function check<S extends z.core.$ZodType>(schema: S, input: unknown, locale: Locale): Checked<z.output<S>> {
  const parsed = z.safeParse(schema, input)
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error, locale) }
}
