import type { z } from 'zod'
import { intlLocales, type Locale } from '../locales'
import { formatEuroCents } from '../money'
import { fillPlaceholders } from '../placeholders'
import { type FormMessageKey, formMessages } from './messages'

export type FieldErrors = Record<string, string>

/**
 * zod's issues as one message per field (the first), in the visitor's language. A schema
 * names its message by key (see messages.ts) and may pass `{ min, max }` in cents.
 */
export function fieldErrors(error: z.core.$ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form'
    if (errors[field]) continue
    errors[field] = messageFor(issue, locale)
  }
  return errors
}

/** One form message in the visitor's language, its `{placeholders}` filled. */
export function formMessage(key: FormMessageKey, locale: Locale, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(formMessages[locale][key], values)
}

/**
 * How long until the visitor may try again, as each language says it: "in 7 minutes",
 * "over 7 minuten", "dans 7 minutes". Rounded up, so nobody who waits as told is refused.
 */
export function waitPhrase(waitMs: number, locale: Locale): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  const format = new Intl.RelativeTimeFormat(intlLocales[locale], { numeric: 'always' })
  return seconds < 60 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute')
}

/** The answer to one attempt too many, with the real wait in it. */
export function tooManyRequestsMessage(waitMs: number, locale: Locale): string {
  return formMessage('tooManyRequests', locale, { wait: waitPhrase(waitMs, locale) })
}

function messageFor(issue: z.core.$ZodIssue, locale: Locale): string {
  const key = (issue.message in formMessages[locale] ? issue.message : fallbackKey(issue)) as FormMessageKey
  const params = (issue as { params?: Record<string, number> }).params ?? {}
  const values: Record<string, string | number> = {}
  if (params.min !== undefined) values.min = formatEuroCents(params.min, locale)
  if (params.max !== undefined) values.max = formatEuroCents(params.max, locale)
  if (params.count !== undefined) values.count = params.count
  return formMessage(key, locale, values)
}

/** For issues a schema did not name: a missing value, a wrong type, an unknown option. */
function fallbackKey(issue: z.core.$ZodIssue): FormMessageKey {
  if (issue.code === 'invalid_value') return 'choice'
  if (issue.code === 'too_big') return 'tooLong'
  return 'required'
}
