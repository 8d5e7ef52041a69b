import type { z } from 'zod'
import type { Locale } from '../locales'
import { formatEuroCents } from '../money'
import { type FormMessageKey, formMessages } from './messages'

export type FieldErrors = Record<string, string>


/**
 * zod's issues as one message per field (the first), in the visitor's language. A schema
 * names its message by key (see messages.ts) and may pass `{ min, max }` in cents.
 */
export function fieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form'
    if (errors[field]) continue
    errors[field] = messageFor(issue, locale)
  }
  return errors
}

function messageFor(issue: z.core.$ZodIssue, locale: Locale): string {
  const messages = formMessages[locale]
  const key = (issue.message in messages ? issue.message : fallbackKey(issue)) as FormMessageKey
  const params = (issue as { params?: Record<string, number> }).params ?? {}
  return messages[key]
    .replace('{min}', params.min !== undefined ? formatEuroCents(params.min, locale) : '')
    .replace('{max}', params.max !== undefined ? formatEuroCents(params.max, locale) : '')
    .replace('{count}', params.count !== undefined ? String(params.count) : '')
}

/** For issues a schema did not name: a missing value, a wrong type, an unknown option. */
function fallbackKey(issue: z.core.$ZodIssue): FormMessageKey {
  if (issue.code === 'invalid_value') return 'choice'
  if (issue.code === 'too_big') return 'tooLong'
  return 'required'
}
