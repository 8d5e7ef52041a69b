import { z } from 'zod'
import { locales } from '../locales'
import { applicationTracks, closedCentres, experienceAreas, languageLevels, maxUploadBytes, uploadExtensions } from '../volunteering/options'

/**
 * An application to volunteer: what the role page's form sends (multipart) to POST
 * /api/volunteer-applications, checked by this one schema in the browser and again on the
 * server. Files appear here as { name, size } (what both sides know before reading them);
 * the server then checks their real type from their content.
 */
const plainText = (max: number) =>
  z
    .string({ message: 'required' })
    .trim()
    // Free text is shown to the coordinator and exported: markup has no place in it.
    .refine((value) => !/<\s*[a-z!/?]/i.test(value), 'noMarkup')
    .pipe(z.string().max(max, 'tooLong'))
const requiredText = (max: number) => plainText(max).pipe(z.string().min(1, 'required'))
const optionalText = (max: number) => plainText(max).optional().default('')

const yes = z.preprocess((value) => value === true || value === 'true' || value === 'on' || value === 'yes', z.boolean())

/** A file's checks report on the file field itself (`cv`, not `cv.name`), where the form shows them. */
const uploadShape = { name: z.string().max(200), size: z.number().int() }
const checkUpload = (file: { name: string; size: number }, ctx: z.RefinementCtx) => {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  if (!(uploadExtensions as readonly string[]).includes(extension)) ctx.addIssue({ code: 'custom', message: 'fileType' })
  else if (file.size < 1) ctx.addIssue({ code: 'custom', message: 'fileEmpty' })
  else if (file.size > maxUploadBytes) ctx.addIssue({ code: 'custom', message: 'fileTooLarge' })
}
export const uploadSchema = z.object(uploadShape).superRefine(checkUpload)
export type UploadInfo = z.infer<typeof uploadSchema>

const common = {
  role: z.coerce.string({ message: 'choice' }).trim().min(1, 'choice').max(40, 'choice'),
  /** Other open roles the applicant would also consider. */
  otherRoles: z.array(z.coerce.string().max(40, 'choice')).max(20, 'choice').optional().default([]),
  locale: z.enum(locales, { message: 'choice' }),
  name: requiredText(100),
  email: z.string({ message: 'email' }).trim().pipe(z.email({ message: 'email' }).max(254, 'tooLong')),
  phone: z.string({ message: 'required' }).trim().min(1, 'required').regex(/^\+?[0-9 ()./-]{6,25}$/, 'phone'),
  preferredLanguage: z.enum(locales, { message: 'choice' }),
  town: requiredText(80),
  motivation: optionalText(5000),
  motivationFile: uploadSchema.optional(),
  heardFrom: optionalText(300),
  consent: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.literal(true, { message: 'consentRequired' })),
  keepForFutureRoles: yes.optional().default(false),
  /** The honeypot: hidden from people, so any value is a robot's. */
  website: z.string().max(0, 'spam').optional(),
  /** The proof-of-work solution; checked by the server, not by the schema. */
  altcha: z.string().max(20_000).optional(),
}

const standard = z.object({
  ...common,
  track: z.literal('standard'),
  languages: z
    .array(z.object({ language: requiredText(40), level: z.enum(languageLevels, { message: 'choice' }) }), { message: 'languagesRequired' })
    .min(1, 'languagesRequired')
    .max(8, 'tooLong'),
  centres: z.array(z.enum(closedCentres, { message: 'choice' })).max(closedCentres.length).optional().default([]),
  hoursPerWeek: z.coerce.number({ message: 'hours' }).int('hours').min(1, 'hours').max(60, 'hours'),
  drivingLicence: yes.optional().default(false),
  experience: z.array(z.enum(experienceAreas, { message: 'choice' })).max(experienceAreas.length).optional().default([]),
  experienceDetails: optionalText(2000),
  cv: z.object(uploadShape, { message: 'cvRequired' }).superRefine(checkUpload),
})

const hosting = z.object({
  ...common,
  track: z.literal('hosting'),
  region: requiredText(120),
  household: requiredText(1000),
  spareRoom: z.enum(['yes', 'no'], { message: 'choice' }),
  hostingPeriod: requiredText(300),
})

export const volunteerApplicationSchema = z
  .discriminatedUnion('track', [standard, hosting], { message: 'choice' })
  .superRefine((application, ctx) => {
    if (!application.motivation && !application.motivationFile) ctx.addIssue({ code: 'custom', path: ['motivation'], message: 'motivationRequired' })
  })

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
