import { type Locale, localeTags } from '../../domain/locales'
import en from './en'
import fr from './fr'
import nl from './nl'
import { type UiStrings, uiStringsSchema } from './schema'

const strings: Record<Locale, UiStrings> = {
  nl: uiStringsSchema.parse(nl),
  fr: uiStringsSchema.parse(fr),
  en: uiStringsSchema.parse(en),
}

export function ui(locale: Locale): UiStrings {
  return strings[locale]
}

/** Fills `{name}` placeholders: format('Goal for {year}', { year: 2026 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}

export function formatEuros(euros: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTags[locale], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros)
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: 'long' }).format(new Date(iso))
}
