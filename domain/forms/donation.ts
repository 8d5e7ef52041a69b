// zod/mini: the islands bundle these schemas, and mini brings only the checks they use.
import * as z from 'zod/mini'
import { locales } from '../locales'
import { type NationalNumberProblem, normaliseNationalRegisterNumber, readNationalRegisterNumber } from '../nationalRegisterNumber'
import { pageCertificateLanguage } from '../tax/certificateLanguage'
import { certificateLanguageSchema } from './certificateLanguage'
import type { FormMessageKey } from './messages'
import { plainText } from './plainText'
import { preprocess } from './preprocess'

/**
 * A request to give online: what the donate page sends to POST /api/donations/checkout,
 * checked by this one schema in the browser and again on the server. The limits and
 * whether tax certificates exist come from the CMS.
 */
export type DonationRules = {
  minimumCents: number
  maximumCents: number
  /** Ask for what a tax certificate needs only when the organisation may issue them. */
  taxCertificates: boolean
}

export const frequencies = ['once', 'monthly'] as const
export type Frequency = (typeof frequencies)[number]

const nationalRegisterNumberMessages: Record<NationalNumberProblem, FormMessageKey> = {
  format: 'nationalRegisterNumberFormat',
  checkDigits: 'nationalRegisterNumber',
  impossibleDate: 'nationalRegisterNumberDate',
  bornInTheFuture: 'nationalRegisterNumberDate',
}

const taxCertificateSchema = z.object({
  nationalRegisterNumber: z.pipe(
    z.string({ message: 'required' }).check(
      z.trim(),
      z.minLength(1, 'required'),
      // One message per way a number can be wrong: a digit missing, a typo, a date that cannot be.
      z.superRefine((value: string, ctx) => {
        const reading = readNationalRegisterNumber(value)
        if (!reading.ok) ctx.addIssue({ code: 'custom', message: nationalRegisterNumberMessages[reading.problem] })
      }),
    ),
    z.transform(normaliseNationalRegisterNumber),
  ),
  street: plainText(120),
  postalCode: z.string({ message: 'required' }).check(z.trim(), z.regex(/^[1-9]\d{3}$/, 'postalCode')),
  city: plainText(80),
  // Dutch or French, as the donor chooses (issue 11, item 5): never more than these two.
  language: certificateLanguageSchema,
})

/**
 * A certificate asked for without its language takes the page's, as the page's preselected
 * radio sends it (a request made before the question existed); an English page preselects
 * nothing, so there the language stays missing and the schema asks for it.
 */
function withPageLanguage(input: unknown): unknown {
  if (!isRecord(input) || !isRecord(input.taxCertificate) || input.taxCertificate.language !== undefined) return input
  const language = pageCertificateLanguage(input.locale)
  return language ? { ...input, taxCertificate: { ...input.taxCertificate, language } } : input
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export function donationCheckoutSchema(rules: DonationRules) {
  return preprocess(withPageLanguage, z.strictObject({
    amountCents: z.number({ message: 'amountWhole' }).check(
      z.int('amountWhole'),
      z.superRefine((cents: number, ctx) => {
        if (cents < rules.minimumCents) ctx.addIssue({ code: 'custom', message: 'amountTooSmall', params: { min: rules.minimumCents } })
        if (cents > rules.maximumCents) ctx.addIssue({ code: 'custom', message: 'amountTooLarge', params: { max: rules.maximumCents } })
      }),
    ),
    frequency: z.enum(frequencies, { message: 'choice' }),
    locale: z.enum(locales, { message: 'choice' }),
    name: plainText(100),
    email: z.email({ message: 'email' }).check(z.maxLength(254, 'tooLong')),
    coverFees: z._default(z.boolean(), false),
    anonymous: z._default(z.boolean(), false),
    newsletter: z._default(z.boolean(), false),
    tribute: z.optional(z.strictObject({ kind: z.enum(['memory', 'honour'], { message: 'choice' }), name: plainText(100) })),
    // Not approved for this year: refused (400) with its own message, never silently dropped, so nobody believes a certificate is coming.
    taxCertificate: rules.taxCertificates ? z.optional(taxCertificateSchema) : z.optional(z.never({ message: 'taxCertificateUnavailable' })),
  }))
}

export type DonationCheckoutRequest = z.infer<ReturnType<typeof donationCheckoutSchema>>

// Kept apart from the schema, so that the donate page can work out amounts without loading zod.
export { chargedAmountCents, parseEuroAmount } from './amounts'
