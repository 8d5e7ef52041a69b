import { type PledgeRules, pledgeSchema } from '../../../../domain/forms/pledge'
import type { Locale } from '../../../../domain/locales'
import { check } from '../form/check'

/** The pledge form's checks, fetched by PledgeForm once the visitor starts on it (with zod, they are most of its script). */
export function checkPledge(rules: PledgeRules, request: unknown, locale: Locale) {
  return check(pledgeSchema(rules), request, locale)
}
