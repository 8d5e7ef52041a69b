/**
 * The codes and limits of the Belcotax-on-web XML file that its schema leaves as plain
 * strings (shared/belcotax/Belcotax-2024.xsd; each is documented there in French and
 * Dutch). What remains to confirm with the administration's own validator is listed in
 * docs/belcotax.md.
 */
export type BelcotaxLanguage = 'nl' | 'fr' | 'de'

/** v0022_taalcode, a1020_taalcode: 1 Dutch, 2 French, 3 German. */
export const LANGUAGE_CODES: Record<BelcotaxLanguage, string> = { nl: '1', fr: '2', de: '3' }

export type BelcotaxTreatment = 'original' | 'modification' | 'addition' | 'cancellation'

/** f2028_typetraitement: "cette zone doit être = 0, 1, 2 ou 3". */
export const TREATMENT_CODES: Record<BelcotaxTreatment, string> = { original: '0', modification: '1', addition: '2', cancellation: '3' }

/**
 * f2018_landwoonplaats and a1016_landwoonplaats: "code pays du domicile …, zéro si
 * Belgique", other countries from annex 3 of the Belcotax brochure. The codes below are
 * those peer implementations use (zero-padded to the field's five characters); a country
 * not listed is refused rather than guessed.
 */
export const BELGIUM = 'BE'
export const COUNTRY_CODES: Record<string, string> = {
  BE: '00000',
  DE: '00103',
  ES: '00109',
  FR: '00111',
  GR: '00112',
  LU: '00113',
  RO: '00124',
  IT: '00128',
  NL: '00129',
  TR: '00262',
  MA: '00354',
  US: '00402',
}

/**
 * Maximum lengths the schema documents in comments (`<!-- <xs:maxLength value="…"/> -->`):
 * not enforced by the schema itself, so a longer value is reported, not cut.
 */
export const DOCUMENTED_MAX_LENGTHS = {
  v0014_naam: 41,
  v0015_adres: 32,
  v0017_gemeente: 27,
  v0018_telefoonnummer: 12,
  v0021_contactpersoon: 34,
  v0023_emailadres: 44,
  a1011_naamnl1: 28,
  a1012_naamnl2: 31,
  a1013_adresnl: 32,
  a1015_gemeente: 27,
  f2013_naam: 41,
  f2015_adres: 150,
  f2017_gemeente: 50,
  f2112_buitenlandspostnummer: 12,
  f2114_voornamen: 15,
} as const

export type LimitedField = keyof typeof DOCUMENTED_MAX_LENGTHS
