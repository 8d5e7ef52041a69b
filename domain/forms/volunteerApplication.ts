// zod/mini: the islands bundle these schemas, and mini brings only the checks they use.
import * as z from 'zod/mini'
import { locales } from '../locales'
import { plainText } from './plainText'
import { preprocess } from './preprocess'
import { recordIdText } from './recordId'
import { applicationTracks, closedCentres, experienceAreas, languageLevels, maxUploadBytes, uploadExtensions } from '../volunteering/options'

/**
 * An application to volunteer: what the role page's form sends (multipart) to POST
 * /api/volunteer-applications, checked by this one schema in the browser and again on the
 * server. Files appear here as { name, size } (what both sides know before reading them);
 * the server then checks their real type from their content.
 */
const requiredText = (max: number, multiline = false) => plainText(max, { multiline })
const optionalText = (max: number, multiline = false) => z._default(z.optional(plainText(max, { multiline, required: false })), '')

const yes = preprocess((value) => value === true || value === 'true' || value === 'on' || value === 'yes', z.boolean())

/** A file's checks report on the file field itself (`cv`, not `cv.name`), where the form shows them. */
const uploadShape = { name: z.string().check(z.maxLength(200)), size: z.number().check(z.int()) }
const checkUpload = (file: { name: string; size: number }, ctx: z.core.$RefinementCtx<{ name: string; size: number }>) => {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  if (!(uploadExtensions as readonly string[]).includes(extension)) ctx.addIssue({ code: 'custom', message: 'fileType' })
  else if (file.size < 1) ctx.addIssue({ code: 'custom', message: 'fileEmpty' })
  else if (file.size > maxUploadBytes) ctx.addIssue({ code: 'custom', message: 'fileTooLarge' })
}
export const uploadSchema = z.object(uploadShape).check(z.superRefine(checkUpload))
export type UploadInfo = z.infer<typeof uploadSchema>

const common = {
  role: recordIdText,
  /** Other open roles the applicant would also consider. */
  otherRoles: z._default(z.optional(z.array(recordIdText).check(z.maxLength(20, 'choice'))), []),
  locale: z.enum(locales, { message: 'choice' }),
  name: requiredText(100),
  email: z.pipe(z.string({ message: 'email' }).check(z.trim()), z.email({ message: 'email' }).check(z.maxLength(254, 'tooLong'))),
  phone: z.string({ message: 'required' }).check(z.trim(), z.minLength(1, 'required'), z.regex(/^\+?[0-9 ()./-]{6,25}$/, 'phone')),
  preferredLanguage: z.enum(locales, { message: 'choice' }),
  town: requiredText(80),
  motivation: optionalText(5000, true),
  motivationFile: z.optional(uploadSchema),
  heardFrom: optionalText(300),
  consent: preprocess((value) => value === true || value === 'true' || value === 'on', z.literal(true, { message: 'consentRequired' })),
  keepForFutureRoles: z._default(z.optional(yes), false),
  /** The honeypot: hidden from people, so any value is a robot's. */
  website: z.optional(z.string().check(z.maxLength(0, 'spam'))),
  /** The proof-of-work solution; checked by the server, not by the schema. */
  altcha: z.optional(z.string().check(z.maxLength(20_000))),
}

const standard = z.object({
  ...common,
  track: z.literal('standard'),
  languages: z
    .array(z.object({ language: requiredText(40), level: z.enum(languageLevels, { message: 'choice' }) }), { message: 'languagesRequired' })
    .check(z.minLength(1, 'languagesRequired'), z.maxLength(8, 'tooLong')),
  centres: z._default(z.optional(z.array(z.enum(closedCentres, { message: 'choice' })).check(z.maxLength(closedCentres.length))), []),
  hoursPerWeek: z.coerce.number({ message: 'hours' }).check(z.int('hours'), z.gte(1, 'hours'), z.lte(60, 'hours')),
  drivingLicence: z._default(z.optional(yes), false),
  experience: z._default(z.optional(z.array(z.enum(experienceAreas, { message: 'choice' })).check(z.maxLength(experienceAreas.length))), []),
  experienceDetails: optionalText(2000, true),
  cv: z.object(uploadShape, { message: 'cvRequired' }).check(z.superRefine(checkUpload)),
})

const hosting = z.object({
  ...common,
  track: z.literal('hosting'),
  region: requiredText(120),
  household: requiredText(1000, true),
  spareRoom: z.enum(['yes', 'no'], { message: 'choice' }),
  hostingPeriod: requiredText(300),
})

export const volunteerApplicationSchema = z.discriminatedUnion('track', [standard, hosting], { message: 'choice' }).check(
  z.superRefine((application: { motivation: string; motivationFile?: UploadInfo }, ctx) => {
    if (!application.motivation && !application.motivationFile) ctx.addIssue({ code: 'custom', path: ['motivation'], message: 'motivationRequired' })
  }),
)

export type VolunteerApplicationInput = z.input<typeof volunteerApplicationSchema>
export type VolunteerApplication = z.output<typeof volunteerApplicationSchema>
export const tracks = applicationTracks

/** The multipart field names that carry files. */
export const fileFields = ['cv', 'motivationFile'] as const
export type FileField = (typeof fileFields)[number]

const listFields = new Set(['centres', 'experience', 'otherRoles'])

/**
 * A submitted form as the object the schema reads. Repeated keys (centres, experience)
 * become lists; `languages.0.language` style keys become a list of objects; files become
 * { name, size } and are handed back separately.
 */
export function applicationFromFormData(form: FormData): { input: Record<string, unknown>; files: Partial<Record<FileField, File>> } {
  const input: Record<string, unknown> = {}
  const files: Partial<Record<FileField, File>> = {}
  const languages: Record<string, Record<string, string>> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') {
      if ((fileFields as readonly string[]).includes(key) && value.size > 0) {
        files[key as FileField] = value
        input[key] = { name: value.name, size: value.size }
      }
      continue
    }
    const row = key.match(/^languages\.(\d{1,2})\.(language|level)$/)
    if (row) {
      languages[row[1]] ??= {}
      languages[row[1]][row[2]] = value
    } else if (listFields.has(key)) {
      ;((input[key] ??= []) as string[]).push(value)
    } else if (!(fileFields as readonly string[]).includes(key)) {
      input[key] = value
    }
  }
  const rows = Object.entries(languages)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, row]) => row)
    .filter((row) => row.language?.trim() || row.level)
  if (rows.length > 0 || input.track === 'standard') input.languages = rows
  return { input, files }
}
