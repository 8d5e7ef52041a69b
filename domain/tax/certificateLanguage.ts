/**
 * The languages a tax certificate (281.71) can be in: the administration's own, Dutch and
 * French. The donor chooses one when asking for a certificate (issue 11, item 5); an
 * English-speaking donor gets one of these, with the cover email still in English.
 */
export const certificateLanguages = ['nl', 'fr'] as const
export type CertificateLanguage = (typeof certificateLanguages)[number]

export function isCertificateLanguage(value: unknown): value is CertificateLanguage {
  return value === 'nl' || value === 'fr'
}

/**
 * What the form preselects: the page's own language when it is one of the two. An English
 * page preselects nothing, so that nobody gets a certificate in a language they never chose.
 */
export function pageCertificateLanguage(locale: unknown): CertificateLanguage | undefined {
  return isCertificateLanguage(locale) ? locale : undefined
}

/**
 * For gifts that carry no choice (recorded by hand, or made before the form asked): the
 * donor's site language, or for an English-speaking donor the region's (fr in Brussels and
 * Wallonia, nl elsewhere).
 */
export function fallbackCertificateLanguage(locale: string | null | undefined, postalCode: string | null | undefined): CertificateLanguage {
  if (isCertificateLanguage(locale)) return locale
  const code = Number(String(postalCode ?? '').trim())
  return (code >= 1000 && code < 1300) || (code >= 4000 && code < 8000) ? 'fr' : 'nl'
}
