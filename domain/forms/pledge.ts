// zod/mini: the islands bundle these schemas, and mini brings only the checks they use.
import * as z from 'zod/mini'
import { locales } from '../locales'
import { plainText } from './plainText'
import { preprocess } from './preprocess'
import { recordIdNumber } from './recordId'

/**
 * A pledge of goods: what the wishlist sends to POST /api/pledges, checked by this one
 * schema in the browser and again on the server. How long a pledge holds comes from the
 * CMS; how many are still wanted the browser knows from the live counts, while the
 * server checks that in the database itself, in the same step that takes the items.
 */
export type PledgeRules = {
  /** Days a pledge holds before it expires (the CMS's setting). */
  pledgeDays: number
  /** When known (in the page), more than this is refused at once. */
  stillWanted?: number
  /** Today as YYYY-MM-DD; defaults to the current UTC date. */
  today?: string
}

export const maxPledgeQuantity = 10_000

const dayMs = 86_400_000
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** Form fields left empty arrive as "": they are simply not given. */
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export function pledgeSchema(rules: PledgeRules) {
  const today = rules.today ?? isoDay(Date.now())
  // A day's slack on each side: the visitor's calendar day may differ from the server's.
  const earliest = isoDay(Date.parse(today) - dayMs)
  const latest = isoDay(Date.parse(today) + (rules.pledgeDays + 1) * dayMs)
  return z.strictObject({
    need: recordIdNumber,
    quantity: z.number({ message: 'quantityWhole' }).check(
      z.int('quantityWhole'),
      z.gte(1, 'quantityWhole'),
      z.lte(maxPledgeQuantity, 'quantityWhole'),
      z.superRefine((quantity: number, ctx) => {
        if (rules.stillWanted === undefined || quantity <= rules.stillWanted) return
        if (rules.stillWanted <= 0) ctx.addIssue({ code: 'custom', message: 'needFull' })
        else ctx.addIssue({ code: 'custom', message: 'quantityTooLarge', params: { count: rules.stillWanted } })
      }),
    ),
    name: plainText(100),
    email: z.email({ message: 'email' }).check(z.maxLength(254, 'tooLong')),
    phone: preprocess(emptyToUndefined, z.optional(z.string().check(z.trim(), z.maxLength(30, 'phone'), z.regex(/^\+?[0-9][0-9 ()./-]{5,}$/, 'phone')))),
    expectedDate: preprocess(
      emptyToUndefined,
      z.optional(
        z.string().check(
          z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date'),
          z.refine((day: string) => !Number.isNaN(Date.parse(day)) && isoDay(Date.parse(day)) === day, 'date'),
          z.superRefine((day: string, ctx) => {
            if (day < earliest || day > latest) ctx.addIssue({ code: 'custom', message: 'dateRange', params: { count: rules.pledgeDays } })
          }),
        ),
      ),
    ),
    message: preprocess(emptyToUndefined, z.optional(plainText(1000, { multiline: true }))),
    consent: z.literal(true, { message: 'consentRequired' }),
    locale: z.enum(locales, { message: 'choice' }),
  })
}

export type PledgeRequest = z.infer<ReturnType<typeof pledgeSchema>>
