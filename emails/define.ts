import { z } from 'zod'
import { intlLocales, type Locale, locales } from '../domain/locales'
import type { Values } from './engine'

/** One translated text: required, so a missing or empty translation fails at load time. */
export const text = z.string().trim().min(1)

/** A visitor-supplied name: kept short, since it also goes into a subject line. */
export const personName = z.string().trim().min(1).max(120)

export const webAddress = z.url({ protocol: /^https?$/ })

/** Who at the organisation a message concerns: one of the purpose addresses in the CMS. */
export const staffContacts = ['general', 'volunteers', 'donations', 'goods', 'upTogether'] as const
export type StaffContact = (typeof staffContacts)[number]

type WordsSchema = z.ZodObject<Record<string, typeof text>, z.core.$strict>

type Definition<D extends z.ZodType, W extends WordsSchema> = {
  kind: string
  /** What the message is, for the admin and the preview index. */
  label: string
  /** Which organisation address replies go to. */
  replyTo: StaffContact
  /** Set for notices to staff: the message goes to this organisation address. */
  staffRecipient?: StaffContact
  data: D
  words: W
  translations: Record<Locale, z.input<W>>
  /** Turns validated data into the display values of the template, in the message's language. */
  values: (data: z.output<D>, context: { locale: Locale; words: z.output<W> }) => Values
  /** Realistic data for previews, the benchmark and tests. */
  sample: z.input<D>
}

export type EmailMessage<D extends z.ZodType = z.ZodType> = {
  kind: string
  label: string
  replyTo: StaffContact
  staffRecipient?: StaffContact
  data: D
  /** The words of each language, checked against the message's schema. */
  words: Record<Locale, Readonly<Record<string, string>>>
  sample: z.input<D>
  /** Validates untrusted data (throws a ZodError) and returns the template's values. */
  valuesFor: (data: unknown, locale: Locale) => Values
}

export function defineMessage<D extends z.ZodType, W extends WordsSchema>(definition: Definition<D, W>): EmailMessage<D> {
  const words = {} as Record<Locale, z.output<W>>
  for (const locale of locales) {
    const parsed = definition.words.safeParse(definition.translations[locale])
    if (!parsed.success) {
      throw new Error(`Email "${definition.kind}": the ${locale} words do not match the schema:\n${z.prettifyError(parsed.error)}`)
    }
    words[locale] = parsed.data
  }
  return {
    kind: definition.kind,
    label: definition.label,
    replyTo: definition.replyTo,
    staffRecipient: definition.staffRecipient,
    data: definition.data,
    words: words as Record<Locale, Readonly<Record<string, string>>>,
    sample: definition.sample,
    valuesFor: (data, locale) => definition.values(definition.data.parse(data), { locale, words: words[locale] }),
  }
}

/** Words shared by every message of one language (signature, footer). */
export function defineCommonWords<W extends WordsSchema>(schema: W, translations: Record<Locale, z.input<W>>) {
  const words = {} as Record<Locale, Readonly<Record<string, string>>>
  for (const locale of locales) {
    const parsed = schema.safeParse(translations[locale])
    if (!parsed.success) throw new Error(`Common email words (${locale}) do not match the schema:\n${z.prettifyError(parsed.error)}`)
    words[locale] = parsed.data as Record<string, string>
  }
  return words
}

export { formatEuroCents as formatEuros } from '../domain/money'

const dateFormats = new Map(locales.map((locale) => [locale, new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'Europe/Brussels' })]))

export function formatDate(date: Date, locale: Locale): string {
  return dateFormats.get(locale)!.format(date)
}

export const amountCents = z.number().int().positive().max(100_000_000)
export const when = z.coerce.date()

export const goodsItems = z
  .array(z.object({ name: z.string().trim().min(1).max(200), quantity: z.number().int().positive().max(10_000) }))
  .min(1)
  .max(50)

export function itemLines(items: z.output<typeof goodsItems>): string[] {
  return items.map((item) => `${item.quantity} × ${item.name}`)
}
