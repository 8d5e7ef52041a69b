import { z } from 'zod'
import { locales } from '../locales'

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

/** HTML tags or script URLs have no place in a pledge: refused, not silently cleaned. */
export const looksLikeMarkup = (value: string) => /<\s*[a-z!/?]|javascript\s*:|\bon[a-z]+\s*=/i.test(value)

/** Form fields left empty arrive as "": they are simply not given. */
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

const plainText = (max: number) =>
  z
    .string({ message: 'required' })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong')
    .refine((value) => !looksLikeMarkup(value), 'noMarkup')

export function pledgeSchema(rules: PledgeRules) {
  const today = rules.today ?? isoDay(Date.now())
  // A day's slack on each side: the visitor's calendar day may differ from the server's.
  const earliest = isoDay(Date.parse(today) - dayMs)
  const latest = isoDay(Date.parse(today) + (rules.pledgeDays + 1) * dayMs)
  return z.strictObject({
    need: z.number({ message: 'choice' }).int('choice').positive('choice'),
    quantity: z
      .number({ message: 'quantityWhole' })
      .int('quantityWhole')
      .min(1, 'quantityWhole')
      .max(maxPledgeQuantity, 'quantityWhole')
      .superRefine((quantity, ctx) => {
        if (rules.stillWanted === undefined || quantity <= rules.stillWanted) return
        if (rules.stillWanted <= 0) ctx.addIssue({ code: 'custom', message: 'needFull' })
        else ctx.addIssue({ code: 'custom', message: 'quantityTooLarge', params: { count: rules.stillWanted } })
      }),
    name: plainText(100),
    email: z.email({ message: 'email' }).max(254, 'tooLong'),
    phone: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(30, 'phone').regex(/^\+?[0-9][0-9 ()./-]{5,}$/, 'phone').optional(),
    ),
    expectedDate: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
        .refine((day) => !Number.isNaN(Date.parse(day)) && isoDay(Date.parse(day)) === day, 'date')
        .superRefine((day, ctx) => {
          if (day < earliest || day > latest) ctx.addIssue({ code: 'custom', message: 'dateRange', params: { count: rules.pledgeDays } })
        })
        .optional(),
    ),
    message: z.preprocess(emptyToUndefined, plainText(1000).optional()),
    consent: z.literal(true, { message: 'consentRequired' }),
    locale: z.enum(locales, { message: 'choice' }),
  })
}

export type PledgeRequest = z.infer<ReturnType<typeof pledgeSchema>>
