// zod/mini: the islands bundle these schemas, and mini brings only the checks they use.
import * as z from 'zod/mini'
import { locales } from '../locales'
import { pageCertificateLanguage } from '../tax/certificateLanguage'
import { certificateLanguageSchema } from './certificateLanguage'
import { plainText } from './plainText'
import { preprocess } from './preprocess'

/**
 * A request for a structured communication of one's own, to give by bank transfer: what
 * the donate page's bank-transfer form sends to POST /api/bank-transfer-references,
 * checked by this one schema in the browser and again on the server. The communication
 * the CMS issues is tied to this donor, so that their transfer becomes their gift by
 * itself when finance uploads the bank statement.
 */
export type BankTransferRules = {
  minimumCents: number
  maximumCents: number
  /** Whether a tax certificate may be asked for (approved for this year, with a rate). */
  taxCertificates: boolean
}

export function bankTransferReferenceSchema(rules: BankTransferRules) {
  const request = z.strictObject({
    locale: z.enum(locales, { message: 'choice' }),
    name: plainText(100),
    email: z.email({ message: 'email' }).check(z.maxLength(254, 'tooLong')),
    // Only for the QR code and the thank-you: the gift is whatever the bank says came in.
    amountCents: z.optional(
      z.number({ message: 'amountWhole' }).check(
        z.int('amountWhole'),
        z.superRefine((cents: number, ctx) => {
          if (cents < rules.minimumCents) ctx.addIssue({ code: 'custom', message: 'amountTooSmall', params: { min: rules.minimumCents } })
          if (cents > rules.maximumCents) ctx.addIssue({ code: 'custom', message: 'amountTooLarge', params: { max: rules.maximumCents } })
        }),
      ),
    ),
    taxCertificate: rules.taxCertificates ? z._default(z.boolean(), false) : z.optional(z.literal(false, { message: 'choice' })),
    certificateLanguage: z.optional(certificateLanguageSchema),
  })
  return preprocess(
    withPageLanguage,
    request.check(
      // Asked for only with a certificate; run whatever else is wrong, so that every problem shows at once.
      z.superRefine(
        (value, ctx) => {
          if (value.taxCertificate === true && value.certificateLanguage === undefined) ctx.addIssue({ code: 'custom', message: 'certificateLanguage', path: ['certificateLanguage'] })
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    ),
  )
}

/** As on the donate form (donation.ts): a certificate asked for without its language takes the page's, unless the page is English. */
function withPageLanguage(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input
  const request = input as Record<string, unknown>
  if (request.taxCertificate !== true || request.certificateLanguage !== undefined) return input
  const language = pageCertificateLanguage(request.locale)
  return language ? { ...request, certificateLanguage: language } : input
}

export type BankTransferReferenceRequest = z.infer<ReturnType<typeof bankTransferReferenceSchema>>
