import { type Locale, localeTags } from '../../domain/locales'

export { fillPlaceholders as format } from '../../domain/placeholders'
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



export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: 'long' }).format(new Date(iso))
}
