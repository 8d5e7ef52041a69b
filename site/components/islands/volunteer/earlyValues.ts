import type { EarlyInput } from '../form/earlyInput'
import type { FormValues } from './types'

/** The application form's values with what the visitor entered before the island woke up (see form/earlyInput.ts). */
export function withEarlyInput(values: FormValues, early: EarlyInput): FormValues {
  const text = (id: keyof FormValues & string) => early.text(id) ?? (values[id] as string)
  const checked = (id: 'drivingLicence' | 'consent' | 'keepForFutureRoles') => early.checked(id) ?? values[id]
  return {
    ...values,
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    preferredLanguage: text('preferredLanguage'),
    town: text('town'),
    languages: values.languages.map((row, i) => ({ ...row, language: early.text(`language-${i}`) ?? row.language, level: early.text(`level-${i}`) ?? row.level })),
    otherRoles: early.chosen('otherRoles'),
    centres: early.chosen('centres'),
    hoursPerWeek: text('hoursPerWeek'),
    drivingLicence: checked('drivingLicence'),
    experience: early.chosen('experience'),
    experienceDetails: text('experienceDetails'),
    motivation: text('motivation'),
    heardFrom: text('heardFrom'),
    region: text('region'),
    household: text('household'),
    spareRoom: early.chosen('spareRoom'),
    hostingPeriod: text('hostingPeriod'),
    consent: checked('consent'),
    keepForFutureRoles: checked('keepForFutureRoles'),
    website: text('website'),
  }
}
