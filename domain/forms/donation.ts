import { z } from 'zod'
import { locales } from '../locales'
import { isValidNationalRegisterNumber, normaliseNationalRegisterNumber } from '../nationalRegisterNumber'

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

const text = (max: number) => z.string({ message: 'required' }).trim().min(1, 'required').max(max, 'tooLong')

const taxCertificateSchema = z.object({
  nationalRegisterNumber: z
    .string({ message: 'required' })
    .trim()
    .min(1, 'required')
    .refine(isValidNationalRegisterNumber, 'nationalRegisterNumber')
    .transform(normaliseNationalRegisterNumber),
  street: text(120),
  postalCode: z.string({ message: 'required' }).trim().regex(/^[1-9]\d{3}$/, 'postalCode'),
  city: text(80),
})

export function donationCheckoutSchema(rules: DonationRules) {
  return z.strictObject({
    amountCents: z
      .number({ message: 'amountWhole' })
      .int('amountWhole')
      .superRefine((cents, ctx) => {
        if (cents < rules.minimumCents) ctx.addIssue({ code: 'custom', message: 'amountTooSmall', params: { min: rules.minimumCents } })
        if (cents > rules.maximumCents) ctx.addIssue({ code: 'custom', message: 'amountTooLarge', params: { max: rules.maximumCents } })
      }),
    frequency: z.enum(frequencies, { message: 'choice' }),
    locale: z.enum(locales, { message: 'choice' }),
    name: text(100),
    email: z.email({ message: 'email' }).max(254, 'tooLong'),
    coverFees: z.boolean().default(false),
    anonymous: z.boolean().default(false),
    newsletter: z.boolean().default(false),
    tribute: z.strictObject({ kind: z.enum(['memory', 'honour'], { message: 'choice' }), name: text(100) }).optional(),
    taxCertificate: rules.taxCertificates ? taxCertificateSchema.optional() : z.never({ message: 'choice' }).optional(),
  })
}

export type DonationCheckoutRequest = z.infer<ReturnType<typeof donationCheckoutSchema>>

/** The amount charged: the gift, plus the payment costs when the donor chose to cover them. */
export function chargedAmountCents(amountCents: number, coverFees: boolean, feeCoverPercent: number): number {
  if (!coverFees || feeCoverPercent <= 0) return amountCents
  return amountCents + Math.round((amountCents * feeCoverPercent) / 100)
}

/** "25,50" or "25.5" or "25" as cents, or undefined when it is not an amount. */
export function parseEuroAmount(input: string): number | undefined {
  const match = input.trim().replace(/\s|€/g, '').match(/^(\d{1,7})(?:[.,](\d{1,2}))?$/)
  if (!match) return undefined
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}
