import type { Locale } from '../../../../domain/locales'
import type { VolunteerStrings } from '../../../i18n/volunteer/schema'

export type ApplicationFormProps = {
  locale: Locale
  strings: VolunteerStrings
  role: { id: string; title: string; track: 'standard' | 'hosting'; visiting: boolean }
  otherRoles: { id: string; title: string }[]
  privacyHref?: string
  submitUrl: string
  challengeUrl: string
}

export type LanguageRow = { key: number; language: string; level: string }

/** What the visitor typed, before it becomes the multipart request. */
export type FormValues = {
  name: string
  email: string
  phone: string
  preferredLanguage: string
  town: string
  languages: LanguageRow[]
  otherRoles: string[]
  centres: string[]
  hoursPerWeek: string
  drivingLicence: boolean
  experience: string[]
  experienceDetails: string
  motivation: string
  heardFrom: string
  region: string
  household: string
  spareRoom: string[]
  hostingPeriod: string
  consent: boolean
  keepForFutureRoles: boolean
  website: string
}

export type Files = { cv?: File; motivationFile?: File }

export type SectionProps = {
  strings: VolunteerStrings
  values: FormValues
  errors: Record<string, string>
  set: (change: Partial<FormValues>) => void
}
