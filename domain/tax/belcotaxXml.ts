import { XMLBuilder } from 'fast-xml-parser'
import { readNationalRegisterNumber } from '../nationalRegisterNumber'
import { parseEnterpriseNumber } from './EnterpriseNumber'
import {
  BELGIUM,
  COUNTRY_CODES,
  DOCUMENTED_MAX_LENGTHS,
  LANGUAGE_CODES,
  TREATMENT_CODES,
  type BelcotaxLanguage,
  type BelcotaxTreatment,
  type LimitedField,
} from './belcotaxCodes'

/**
 * The Belcotax-on-web XML file of one income year for tax certificates 281.71 (gifts):
 * Verzendingen > Verzending > Aangiften > Aangifte > Opgaven > Opgave32571 > Fiche28171,
 * with the control totals of the declaration (r80xx) and of the sending (r90xx), valid
 * against the administration's schema (shared/belcotax/Belcotax-2024.xsd). Element names
 * and order are the schema's; amounts are integer euro cents, as in the other 281 forms.
 */
export interface BelcotaxOrganisation {
  name: string
  address: { street: string; postalCode: string; city: string }
  enterpriseNumber: string
  contact: { name: string; phone: string; email: string }
  /** The language the administration writes to the sender in. */
  language: BelcotaxLanguage
}

export interface BelcotaxCertificate {
  /** The certificate's number, gap-free per year, the same as on the donor's certificate. */
  number: number
  familyName: string
  firstNames: string
  street: string
  postalCode: string
  city: string
  /** ISO 3166-1 alpha-2. */
  country: string
  nationalRegisterNumber?: string
  amountCents: number
  /** Original unless it corrects, adds to or cancels a filing already sent. */
  treatment?: BelcotaxTreatment
}

export interface BelcotaxFileInput {
  year: number
  mode: 'test' | 'real'
  /** YYYY-MM-DD */
  createdOn: string
  organisation: BelcotaxOrganisation
  certificates: BelcotaxCertificate[]
  /** Zones 2.30 and 2.45 of the 281.71, whose values the schema leaves open: written only when given. */
  zones?: { f71_2030_aardschenker?: string; f71_2045_uitreikingopbasisvan?: string }
}

export interface BelcotaxControlTotals {
  /** r8010: the declaration's records, its first and last included (certificates + 2). */
  declarationRecords: number
  /** r8011 and r9012: the sum of the certificates' numbers (zones 2.9). */
  sumOfNumbers: number
  /** r8012 and r9013: the sum of the certificates' control totals (zones 2.59), in cents. */
  sumOfAmounts: number
  /** r9010: logical files of the sending (its start, one declaration, its end). */
  logicalFiles: number
  /** r9011: records of the sending (certificates + 4). */
  sendingRecords: number
}

export interface BelcotaxFile {
  xml: string
  totals: BelcotaxControlTotals
  /** What the administration may refuse or query, to show before the file is sent. */
  warnings: string[]
}

/** The input cannot make a valid file; `problems` says every reason. */
export class BelcotaxInputError extends Error {
  override name = 'BelcotaxInputError'
  constructor(readonly problems: string[]) {
    super(`The Belcotax file cannot be made: ${problems.join(' ')}`)
  }
}

const builder = new XMLBuilder({ format: true, indentBy: '  ' })

export function buildBelcotaxXml(input: BelcotaxFileInput): BelcotaxFile {
  const problems: string[] = []
  const warnings: string[] = []
  const limit = (value: string, field: LimitedField, where: string) => {
    if (value.length > DOCUMENTED_MAX_LENGTHS[field]) warnings.push(`${where}: ${field} has ${value.length} characters, more than the ${DOCUMENTED_MAX_LENGTHS[field]} the schema documents.`)
    return value
  }

  const year = String(input.year)
  if (!/^\d{4}$/.test(year)) problems.push(`The income year ${year} is not a year.`)
  const created = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.createdOn)
  if (!created) problems.push(`The creation date ${input.createdOn} is not a date (YYYY-MM-DD).`)
  // The file's creation day is the "today" against which no donor may be born in the future.
  const today = created ? new Date(Number(created[1]), Number(created[2]) - 1, Number(created[3])) : new Date()
  const { organisation: org } = input
  const enterpriseNumber = parseEnterpriseNumber(org.enterpriseNumber)
  if (!enterpriseNumber) problems.push(`The enterprise number ${org.enterpriseNumber} is not a valid KBO/BCE number.`)
  if (!/^\d{4}$/.test(org.address.postalCode.trim())) problems.push(`The organisation's postal code ${org.address.postalCode} is not a Belgian one.`)
  const phone = org.contact.phone.replace(/[\s./()-]/g, '')
  for (const [label, value] of [['name', org.name], ['street', org.address.street], ['city', org.address.city], ['contact person', org.contact.name], ['phone number', phone], ['e-mail address', org.contact.email]]) {
    if (!clean(value)) problems.push(`The organisation's ${label} is missing.`)
  }

  const treatments = new Set(input.certificates.map((c) => c.treatment ?? 'original'))
  if (treatments.has('original') && treatments.size > 1) problems.push('A file holds either original certificates or corrections, not both.')
  if (input.certificates.length === 0) problems.push('There is no certificate to file.')
  const numbers = new Set<number>()
  const fiches = input.certificates.map((certificate) => {
    const where = `Certificate ${certificate.number}`
    if (!Number.isInteger(certificate.number) || certificate.number < 1) problems.push(`${where}: its number is not a whole number from 1.`)
    if (numbers.has(certificate.number)) problems.push(`${where}: the number is used twice.`)
    numbers.add(certificate.number)
    if (!Number.isInteger(certificate.amountCents) || certificate.amountCents <= 0) problems.push(`${where}: its amount is not a positive number of cents.`)
    else if (certificate.amountCents < 4_000 && certificate.treatment !== 'cancellation') warnings.push(`${where}: its amount is under EUR 40, the minimum for a certificate.`)
    const countryCode = COUNTRY_CODES[certificate.country.trim().toUpperCase()]
    const inBelgium = certificate.country.trim().toUpperCase() === BELGIUM
    if (!countryCode) problems.push(`${where}: no Belcotax country code is known for ${certificate.country}.`)
    if (inBelgium && !/^\d{4}$/.test(certificate.postalCode.trim())) problems.push(`${where}: ${certificate.postalCode} is not a Belgian postal code.`)
    for (const [label, value] of [['family name', certificate.familyName], ['street', certificate.street], ['town', certificate.city], ['postal code', certificate.postalCode]]) {
      if (!clean(value)) problems.push(`${where}: the donor's ${label} is missing.`)
    }
    const nationalNumber = nationalNumberOf(certificate, input.year, today, where, problems, warnings)
    const postalCode = clean(certificate.postalCode)
    return {
      f2002_inkomstenjaar: year,
      f2005_registratienummer: enterpriseNumber ?? '',
      f2008_typefiche: '28171',
      f2009_volgnummer: String(certificate.number),
      ...(nationalNumber ? { f2011_nationaalnr: nationalNumber } : {}),
      f2013_naam: limit(clean(certificate.familyName), 'f2013_naam', where),
      f2015_adres: limit(clean(certificate.street), 'f2015_adres', where),
      ...(inBelgium ? { f2016_postcodebelgisch: postalCode } : {}),
      f2017_gemeente: limit(clean(certificate.city), 'f2017_gemeente', where),
      f2018_landwoonplaats: countryCode ?? '',
      f2028_typetraitement: TREATMENT_CODES[certificate.treatment ?? 'original'],
      f2029_enkelopgave325: '0', // 0 = a 281 certificate
      ...(inBelgium ? {} : { f2112_buitenlandspostnummer: limit(postalCode, 'f2112_buitenlandspostnummer', where) }),
      f2114_voornamen: limit(clean(certificate.firstNames), 'f2114_voornamen', where),
      ...(input.zones?.f71_2030_aardschenker ? { f71_2030_aardschenker: input.zones.f71_2030_aardschenker } : {}),
      ...(input.zones?.f71_2045_uitreikingopbasisvan ? { f71_2045_uitreikingopbasisvan: input.zones.f71_2045_uitreikingopbasisvan } : {}),
      // The control total is the sum of zones 2.60 to 2.88; a 281.71 has only 2.60, the amount.
      f71_2059_totaalcontrole: String(certificate.amountCents),
      f71_2060_bedragliberaliteiten: String(certificate.amountCents),
    }
  })
  if (problems.length > 0) throw new BelcotaxInputError(problems)

  const totals = controlTotals(input.certificates)
  const [nameLine1, nameLine2] = splitName(clean(org.name))
  const sender = 'The organisation'
  const envelope = {
    Verzendingen: {
      Verzending: {
        v0002_inkomstenjaar: year,
        v0010_bestandtype: input.mode === 'real' ? 'BELCOTAX' : 'BCTEST',
        v0011_aanmaakdatum: `${created![3]}-${created![2]}-${created![1]}`,
        v0014_naam: limit(clean(org.name), 'v0014_naam', sender),
        v0015_adres: limit(clean(org.address.street), 'v0015_adres', sender),
        v0016_postcode: clean(org.address.postalCode),
        v0017_gemeente: limit(clean(org.address.city), 'v0017_gemeente', sender),
        v0018_telefoonnummer: limit(phone, 'v0018_telefoonnummer', sender),
        v0021_contactpersoon: limit(clean(org.contact.name), 'v0021_contactpersoon', sender),
        v0022_taalcode: LANGUAGE_CODES[org.language],
        v0023_emailadres: limit(clean(org.contact.email), 'v0023_emailadres', sender),
        v0024_nationaalnr: enterpriseNumber,
        // 0 for a first sending, 1 for a sending of corrections (as peer implementations do).
        v0025_typeenvoi: treatments.has('original') ? '0' : '1',
        Aangiften: {
          Aangifte: {
            a1002_inkomstenjaar: year,
            a1005_registratienummer: enterpriseNumber,
            a1011_naamnl1: limit(nameLine1, 'a1011_naamnl1', sender),
            ...(nameLine2 ? { a1012_naamnl2: limit(nameLine2, 'a1012_naamnl2', sender) } : {}),
            a1013_adresnl: limit(clean(org.address.street), 'a1013_adresnl', sender),
            a1014_postcodebelgisch: clean(org.address.postalCode),
            a1015_gemeente: limit(clean(org.address.city), 'a1015_gemeente', sender),
            a1016_landwoonplaats: COUNTRY_CODES[BELGIUM],
            a1020_taalcode: LANGUAGE_CODES[org.language],
            Opgaven: { Opgave32571: { Fiche28171: fiches } },
            r8002_inkomstenjaar: year,
            r8005_registratienummer: enterpriseNumber,
            r8010_aantalrecords: String(totals.declarationRecords),
            r8011_controletotaal: String(totals.sumOfNumbers),
            r8012_controletotaal: String(totals.sumOfAmounts),
          },
        },
        r9002_inkomstenjaar: year,
        r9010_aantallogbestanden: String(totals.logicalFiles),
        r9011_totaalaantalrecords: String(totals.sendingRecords),
        r9012_controletotaal: String(totals.sumOfNumbers),
        r9013_controletotaal: String(totals.sumOfAmounts),
      },
    },
  }
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(envelope)}`, totals, warnings }
}

/**
 * The control totals, as the schema documents them: r8010 "nombre total d'enregistrements
 * (premier et dernier compris)", r8011 the sum of zones 2.9, r8012 the sum of zones 2.59;
 * r9010 "fichiers logiques (début et fin compris)", r9011 the records of the sending.
 */
export function controlTotals(certificates: Pick<BelcotaxCertificate, 'number' | 'amountCents'>[]): BelcotaxControlTotals {
  return {
    declarationRecords: certificates.length + 2,
    sumOfNumbers: certificates.reduce((sum, c) => sum + c.number, 0),
    sumOfAmounts: certificates.reduce((sum, c) => sum + c.amountCents, 0),
    logicalFiles: 3,
    sendingRecords: certificates.length + 4,
  }
}

/**
 * f2011_nationaalnr: a wrong number blocks the filing; a missing one is tolerated, with a
 * warning, for gifts of 2024 and 2025 (the donor then declares the gift personally).
 */
function nationalNumberOf(certificate: BelcotaxCertificate, year: number, today: Date, where: string, problems: string[], warnings: string[]): string | undefined {
  if (!certificate.nationalRegisterNumber?.trim()) {
    warnings.push(
      year <= 2025
        ? `${where}: no national register number; tolerated for gifts of 2024 and 2025, the donor declares the gift personally.`
        : `${where}: no national register number, which is mandatory for gifts from 2024.`,
    )
    return undefined
  }
  const reading = readNationalRegisterNumber(certificate.nationalRegisterNumber, today)
  if (!reading.ok) {
    problems.push(`${where}: the national register number is not valid (${reading.problem}).`)
    return undefined
  }
  return reading.number.digits
}

/** a1011 holds 28 characters and a1012 the rest: cut at the last space that fits. */
function splitName(name: string): [string, string | undefined] {
  const max = DOCUMENTED_MAX_LENGTHS.a1011_naamnl1
  if (name.length <= max) return [name, undefined]
  const cut = name.lastIndexOf(' ', max)
  const at = cut > 0 ? cut : max
  return [name.slice(0, at).trim(), name.slice(at).trim()]
}

/** One line of text that XML 1.0 can hold: control characters out, spaces collapsed. */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').replace(/\s+/g, ' ').trim()
}
