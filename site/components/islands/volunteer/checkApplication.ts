import { applicationFromFormData, volunteerApplicationSchema } from '../../../../domain/forms/volunteerApplication'
import type { Locale } from '../../../../domain/locales'
import { check } from '../form/check'

/** The application form's checks, fetched by ApplicationForm once the visitor starts on it (with zod, they are most of its script). */
export function checkApplication(form: FormData, locale: Locale) {
  return check(volunteerApplicationSchema, applicationFromFormData(form).input, locale)
}
