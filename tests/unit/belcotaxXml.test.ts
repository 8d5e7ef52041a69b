import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { BelcotaxFileUnreadable, readBelcotaxFile } from '../../domain/tax/belcotaxFiling'
import { BelcotaxInputError, buildBelcotaxXml, type BelcotaxCertificate, type BelcotaxFileInput } from '../../domain/tax/belcotaxXml'

/** The administration's schema, from shared/ beside the repository (as laid out for CI too). */
const schema = readFileSync(resolve(import.meta.dirname, '../../../shared/belcotax/Belcotax-2024.xsd'), 'utf8')

/** xmllint in WebAssembly takes about a second on this schema; more on a busy machine. */
const SCHEMA_TIMEOUT = 30_000

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'belcotax.xml', contents: xml }], schema: [{ fileName: 'Belcotax-2024.xsd', contents: schema }] })
  return result.errors.map((error) => error.message)
}

const withCheck = (nine: string) => nine + String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')

const certificates: BelcotaxCertificate[] = [
  { number: 1, familyName: 'De Vries', firstNames: 'Jan', street: 'Kerkstraat 12', postalCode: '9000', city: 'Gent', country: 'BE', nationalRegisterNumber: withCheck('720412155'), amountCents: 15_000 },
  { number: 2, familyName: 'Dupont & Fils <asbl>', firstNames: 'Hélène "Lène"', street: "Rue de l'Église 3", postalCode: '4000', city: 'Liège', country: 'BE', nationalRegisterNumber: '85.07.30-033.28', amountCents: 4_000 },
  { number: 3, familyName: 'Peeters', firstNames: 'Marie', street: 'Hoofdstraat 5', postalCode: '1234 AB', city: 'Maastricht', country: 'NL', nationalRegisterNumber: '01.43.04-002.35', amountCents: 25_050 },
]

function input(overrides: Partial<BelcotaxFileInput> = {}): BelcotaxFileInput {
  return {
    year: 2025,
    mode: 'test',
    createdOn: '2026-02-10',
    organisation: {
      name: 'Jesuit Refugee Service Belgium',
      address: { street: 'Rue Maurice Liétart 31', postalCode: '1150', city: 'Sint-Pieters-Woluwe' },
      enterpriseNumber: 'BE 0410.123.423',
      contact: { name: 'An Claes', phone: '+32 2 738 08 18', email: 'finance@jrsbelgium.example' },
      language: 'nl',
    },
    certificates,
    ...overrides,
  }
}

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'Fiche28171' })
const read = (xml: string) => parser.parse(xml).Verzendingen.Verzending

describe('the Belcotax-on-web file for certificates 281.71', () => {
  it('is valid against the administration’s schema', { timeout: SCHEMA_TIMEOUT }, async () => {
    const { xml } = buildBelcotaxXml(input())
    expect(await schemaErrors(xml)).toEqual([])
  })

  it('is refused by the schema when an element is out of place (the check can fail)', { timeout: SCHEMA_TIMEOUT }, async () => {
    const { xml } = buildBelcotaxXml(input())
    const broken = xml.replace(/(<f2009_volgnummer>1<\/f2009_volgnummer>)\s*(<f2011_nationaalnr>\d+<\/f2011_nationaalnr>)/, '$2$1')
    expect(broken).not.toBe(xml)
    expect((await schemaErrors(broken)).join('\n')).toMatch(/f2011_nationaalnr/)
  })

  it('carries control totals that add up', () => {
    const { xml, totals } = buildBelcotaxXml(input())
    expect(totals).toEqual({ declarationRecords: 5, sumOfNumbers: 6, sumOfAmounts: 44_050, logicalFiles: 3, sendingRecords: 7 })
    const sending = read(xml)
    const declaration = sending.Aangiften.Aangifte
    const fiches = declaration.Opgaven.Opgave32571.Fiche28171
    expect(fiches).toHaveLength(3)
    const sum = (values: string[]) => values.reduce((total, value) => total + Number(value), 0)
    expect(declaration.r8010_aantalrecords).toBe(String(fiches.length + 2))
    expect(declaration.r8011_controletotaal).toBe(String(sum(fiches.map((f: Record<string, string>) => f.f2009_volgnummer))))
    expect(declaration.r8012_controletotaal).toBe(String(sum(fiches.map((f: Record<string, string>) => f.f71_2059_totaalcontrole))))
    expect(fiches.map((f: Record<string, string>) => [f.f71_2059_totaalcontrole, f.f71_2060_bedragliberaliteiten])).toEqual([['15000', '15000'], ['4000', '4000'], ['25050', '25050']])
    expect([sending.r9010_aantallogbestanden, sending.r9011_totaalaantalrecords, sending.r9012_controletotaal, sending.r9013_controletotaal]).toEqual(['3', '7', '6', '44050'])
  })

  it('fills the sender, the declaration and each certificate from the inputs', () => {
    const sending = read(buildBelcotaxXml(input()).xml)
    expect(sending).toMatchObject({
      v0002_inkomstenjaar: '2025',
      v0010_bestandtype: 'BCTEST',
      v0011_aanmaakdatum: '10-02-2026',
      v0018_telefoonnummer: '+3227380818',
      v0022_taalcode: '1',
      v0024_nationaalnr: '0410123423',
      v0025_typeenvoi: '0',
    })
    expect(sending.Aangiften.Aangifte).toMatchObject({ a1005_registratienummer: '0410123423', a1011_naamnl1: 'Jesuit Refugee Service', a1012_naamnl2: 'Belgium', a1016_landwoonplaats: '00000' })
    const [belgian, , dutch] = sending.Aangiften.Aangifte.Opgaven.Opgave32571.Fiche28171
    expect(belgian).toMatchObject({ f2008_typefiche: '28171', f2009_volgnummer: '1', f2011_nationaalnr: withCheck('720412155'), f2013_naam: 'De Vries', f2114_voornamen: 'Jan', f2016_postcodebelgisch: '9000', f2017_gemeente: 'Gent', f2018_landwoonplaats: '00000', f2028_typetraitement: '0' })
    expect(belgian.f2112_buitenlandspostnummer).toBeUndefined()
    expect(dutch).toMatchObject({ f2011_nationaalnr: '01430400235', f2112_buitenlandspostnummer: '1234 AB', f2018_landwoonplaats: '00129' })
    expect(dutch.f2016_postcodebelgisch).toBeUndefined()
    expect(read(buildBelcotaxXml(input({ mode: 'real' })).xml).v0010_bestandtype).toBe('BELCOTAX')
  })

  it('escapes what XML would otherwise read as markup, and drops characters XML cannot hold', { timeout: SCHEMA_TIMEOUT }, async () => {
    const { xml } = buildBelcotaxXml(input({ certificates: [{ ...certificates[1], city: 'Liège\u0007 ' }] }))
    expect(xml).toContain('<f2013_naam>Dupont &amp; Fils &lt;asbl&gt;</f2013_naam>')
    expect(xml).toContain('<f2114_voornamen>Hélène &quot;Lène&quot;</f2114_voornamen>')
    expect(xml).toContain('<f2017_gemeente>Liège</f2017_gemeente>')
    expect(read(xml).Aangiften.Aangifte.Opgaven.Opgave32571.Fiche28171[0].f2013_naam).toBe('Dupont & Fils <asbl>')
    expect(await schemaErrors(xml)).toEqual([])
  })

  it('writes a file of corrections: modified, added and cancelled certificates', { timeout: SCHEMA_TIMEOUT }, async () => {
    const corrections: BelcotaxCertificate[] = [
      { ...certificates[0], amountCents: 17_000, treatment: 'modification' },
      { ...certificates[1], treatment: 'cancellation' },
      { ...certificates[2], number: 4, treatment: 'addition' },
    ]
    const { xml, totals } = buildBelcotaxXml(input({ certificates: corrections }))
    const sending = read(xml)
    expect(sending.v0025_typeenvoi).toBe('1')
    expect(sending.Aangiften.Aangifte.Opgaven.Opgave32571.Fiche28171.map((f: Record<string, string>) => [f.f2009_volgnummer, f.f2028_typetraitement])).toEqual([['1', '1'], ['2', '3'], ['4', '2']])
    expect(totals.sumOfNumbers).toBe(7)
    expect(await schemaErrors(xml)).toEqual([])
  })

  it('warns of a missing national register number, and of values longer than the schema documents', () => {
    const { xml, warnings } = buildBelcotaxXml(input({ certificates: [{ ...certificates[0], nationalRegisterNumber: undefined, firstNames: 'Jan-Willem Maria' }] }))
    expect(xml).not.toContain('f2011_nationaalnr')
    expect(warnings).toEqual([
      'Certificate 1: no national register number; tolerated for gifts of 2024 and 2025, the donor declares the gift personally.',
      'Certificate 1: f2114_voornamen has 16 characters, more than the 15 the schema documents.',
    ])
    expect(buildBelcotaxXml(input({ year: 2026, certificates: [{ ...certificates[0], nationalRegisterNumber: '' }] })).warnings).toEqual([
      'Certificate 1: no national register number, which is mandatory for gifts from 2024.',
    ])
  })

  it('refuses inputs that cannot make a valid filing, saying every reason', () => {
    const attempt = () =>
      buildBelcotaxXml(
        input({
          organisation: { ...input().organisation, enterpriseNumber: '0410.123.424' },
          certificates: [
            { ...certificates[0], nationalRegisterNumber: '85023100192' }, // 31 February
            { ...certificates[1], number: 1, country: 'CH' },
            { ...certificates[2], amountCents: 0, treatment: 'modification' },
          ],
        }),
      )
    expect(attempt).toThrow(BelcotaxInputError)
    try {
      attempt()
    } catch (error) {
      expect((error as BelcotaxInputError).problems).toEqual([
        'The enterprise number 0410.123.424 is not a valid KBO/BCE number.',
        'A file holds either original certificates or corrections, not both.',
        'Certificate 1: the national register number is not valid (impossibleDate).',
        'Certificate 1: the number is used twice.',
        'Certificate 1: no Belcotax country code is known for CH.',
        'Certificate 3: its amount is not a positive number of cents.',
      ])
    }
  })
})

describe('a Belcotax file read back, as finance records it sent', () => {
  it('says its year, real or test, which of the two files it is, and its certificates', () => {
    expect(readBelcotaxFile(buildBelcotaxXml(input({ mode: 'real' })).xml)).toEqual({ year: 2025, mode: 'real', part: 'originals', numbers: [1, 2, 3] })
    const corrections = buildBelcotaxXml(input({ certificates: [{ ...certificates[0]!, treatment: 'modification' }, { ...certificates[2]!, treatment: 'cancellation' }] })).xml
    expect(readBelcotaxFile(corrections)).toEqual({ year: 2025, mode: 'test', part: 'corrections', numbers: [1, 3] })
  })

  it('refuses what is not such a file', () => {
    const problems = (xml: string) => {
      try {
        readBelcotaxFile(xml)
        return []
      } catch (error) {
        expect(error).toBeInstanceOf(BelcotaxFileUnreadable)
        return (error as BelcotaxFileUnreadable).problems
      }
    }
    expect(problems('<Document><BkToCstmrStmt/></Document>')).toEqual([expect.stringContaining('not a Belcotax file')])
    expect(problems('<Verzendingen><Verzending>')).toEqual([expect.stringContaining('not well-formed')])
    expect(problems('<!DOCTYPE x [<!ENTITY a "b">]><Verzendingen/>')).toEqual([expect.stringContaining('document type declaration')])
    const mixed = buildBelcotaxXml(input()).xml.replace('<f2028_typetraitement>0</f2028_typetraitement>', '<f2028_typetraitement>1</f2028_typetraitement>')
    expect(problems(mixed)).toEqual(['The file mixes original certificates and corrections.'])
  })
})
