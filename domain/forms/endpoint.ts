import type { Locale } from '../locales'

/**
 * A public form's address, with the language of the page it is sent from. An answer the
 * CMS gives before it reads the form (too many attempts, too large, unreadable) cannot
 * take the form's own `locale` field, and the browser's languages may not be the page's:
 * the address tells it (cms/publicForms/locale.ts). The language is all it carries.
 */
export function formEndpoint(base: string, path: `/api/${string}`, locale: Locale): string {
  return `${base}${path}?locale=${locale}`
}
