import { defaultLocale, isLocale, type Locale } from '../../domain/locales'

/**
 * The visitor's language for an answer given before their form is read (too large, too
 * many attempts, unreadable): the page's, which the form's address names
 * (domain/forms/endpoint.ts), else the first of the site's languages their browser asks
 * for. Once the form is read, its own `locale` field (the page's language) decides.
 */
export function requestLocale(req: { headers: Headers; url?: string }): Locale {
  const named = req.url ? new URL(req.url, 'http://cms').searchParams.get('locale') : undefined
  if (isLocale(named)) return named
  const ranked = (req.headers.get('accept-language') ?? '')
    .split(',')
    .slice(0, 20)
    .map((entry, order) => {
      const [tag, ...params] = entry.trim().split(';')
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.trim().slice(2) ?? 1)
      return { language: tag.trim().slice(0, 2).toLowerCase(), q: Number.isFinite(q) ? q : 0, order }
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
  const preferred = ranked.find(({ language }) => isLocale(language))?.language
  return isLocale(preferred) ? preferred : defaultLocale
}

/** The locale a form names for itself, if it names one of the site's. */
export function formLocale(input: unknown): Locale | undefined {
  const locale = input instanceof FormData ? input.get('locale') : (input as { locale?: unknown } | null | undefined)?.locale
  return isLocale(locale) ? locale : undefined
}
