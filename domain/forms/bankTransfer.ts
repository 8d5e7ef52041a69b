// zod/mini: the islands bundle these schemas, and mini brings only the checks they use.
import * as z from 'zod/mini'
import { locales } from '../locales'
import { plainText } from './plainText'

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
  return z.strictObject({
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
  })
}

export type BankTransferReferenceRequest = z.infer<ReturnType<typeof bankTransferReferenceSchema>>
