import fs from 'node:fs'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib'
import type { CertificateLanguage } from '../../domain/tax/certificateLanguage'
import { projectRoot } from '../paths'

/**
 * The certificate (attest 281.71) as a PDF, in Dutch or French, with what SPF Finances asks
 * of it (shared/belcotax/README.md, "Certificate content"): the legal mention of article
 * 145/33, the year and number, the organisation with its enterprise number, the donor with
 * their national register number, and the amount written so that it cannot be altered.
 *
 * The font is the site's own Source Sans 3 (latin: Latin-1 accents), embedded whole: the
 * variable font cannot be subset by fontkit, and a whole embed is some 30 kB.
 */
export interface CertificatePdfInput {
  language: CertificateLanguage
  year: number
  number: number
  status: 'issued' | 'corrected' | 'cancelled'
  amountCents: number
  donor: { firstNames: string; familyName: string; street: string; postalCode: string; city: string; country: string; nationalRegisterNumber?: string }
  organisation: { name: string; street: string; postalCode: string; city: string; enterpriseNumber: string }
  signatory: { name: string; function: string }
  /** YYYY-MM-DD */
  issuedOn: string
}

const fontFile = path.join(projectRoot, 'node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2')
let fontBytes: Buffer | undefined
const latin1 = Array.from({ length: 0x100 - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).filter((char) => /\P{Cc}/u.test(char))

const words = {
  nl: {
    title: 'Fiscaal attest voor giften',
    year: 'Inkomstenjaar',
    number: 'Attest nr.',
    mention: 'Attest uitgereikt in toepassing van artikel 145/33, § 1, tweede lid, WIB 92.',
    organisation: 'Instelling die de giften ontving',
    enterpriseNumber: 'Ondernemingsnummer',
    donor: 'Schenker',
    nationalNumber: 'Rijksregisternummer',
    noNationalNumber: 'niet meegedeeld',
    declares: 'De instelling verklaart in het jaar {year} van de schenker giften in geld te hebben ontvangen voor een totaal bedrag van:',
    irrevocable: 'De giften werden definitief en onherroepelijk gedaan, zonder enige tegenprestatie voor de schenker.',
    corrected: 'Verbeterd attest: het vervangt het attest met hetzelfde nummer dat eerder werd uitgereikt.',
    cancelled: 'Geannuleerd attest: het attest met dit nummer is vervallen en mag niet worden gebruikt.',
    signed: 'Opgemaakt op {date}, voor de instelling:',
  },
  fr: {
    title: 'Attestation fiscale pour libéralités',
    year: 'Année de revenus',
    number: 'Attestation n°',
    mention: 'Attestation délivrée en application de l’article 145/33, § 1er, alinéa 2, du CIR 92.',
    organisation: 'Institution qui a reçu les libéralités',
    enterpriseNumber: 'Numéro d’entreprise',
    donor: 'Donateur',
    nationalNumber: 'Numéro de registre national',
    noNationalNumber: 'non communiqué',
    declares: 'L’institution déclare avoir reçu du donateur, au cours de l’année {year}, des libéralités en argent pour un montant total de :',
    irrevocable: 'Les libéralités ont été faites à titre définitif et irrévocable, sans aucune contrepartie pour le donateur.',
    corrected: 'Attestation rectificative : elle remplace l’attestation portant le même numéro délivrée précédemment.',
    cancelled: 'Attestation annulée : l’attestation portant ce numéro n’est plus valable et ne peut être utilisée.',
    signed: 'Fait le {date}, pour l’institution :',
  },
} as const

/** `***150,00*** EUR`: no digit can be added before or after without the stars showing it. */
export function protectedAmount(cents: number): string {
  return `***${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}*** EUR`
}

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const t = words[input.language]
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  fontBytes ??= fs.readFileSync(fontFile)
  const font = await doc.embedFont(fontBytes, { subset: false })
  // fontkit creates the glyph of E without its code point when it first meets it inside É (a
  // composite), and the PDF's ToUnicode map then lacks it: "EUR" would copy as "?UR". Meeting
  // every base letter first, alone, keeps the text extractable.
  for (const char of latin1) font.encodeText(char)
  doc.setTitle(`${t.title} ${input.year} – ${t.number} ${input.number}`)
  doc.setProducer(input.organisation.name)
  doc.setCreationDate(new Date(`${input.issuedOn}T12:00:00Z`))
  const page = doc.addPage([595.28, 841.89]) // A4
  const left = 56
  const width = 595.28 - 2 * left
  let y = 780
  const line = (text: string, size = 11, gap = 6, colour = rgb(0, 0, 0)) => {
    for (const part of wrap(text, font, size, width)) {
      page.drawText(part, { x: left, y, size, font, color: colour })
      y -= size + gap
    }
  }
  const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
  const { donor, organisation: org } = input

  line(t.title, 20, 10)
  line(`${t.year} ${input.year} — ${t.number} ${input.year}/${input.number}`, 13, 8)
  line(t.mention, 10, 14)
  if (input.status === 'corrected') line(t.corrected, 11, 12, rgb(0.6, 0.2, 0))
  if (input.status === 'cancelled') line(t.cancelled, 13, 12, rgb(0.7, 0, 0))

  line(t.organisation, 12, 6)
  line(org.name)
  line(`${org.street}, ${org.postalCode} ${org.city}`)
  line(`${t.enterpriseNumber}: ${org.enterpriseNumber}`, 11, 16)

  line(t.donor, 12, 6)
  line(`${donor.firstNames} ${donor.familyName}`.trim())
  line(`${donor.street}, ${donor.postalCode} ${donor.city}${donor.country && donor.country !== 'BE' ? `, ${donor.country}` : ''}`)
  line(`${t.nationalNumber}: ${donor.nationalRegisterNumber ? formatNationalNumber(donor.nationalRegisterNumber) : t.noNationalNumber}`, 11, 16)

  line(fill(t.declares, { year: input.year }), 11, 8)
  line(protectedAmount(input.amountCents), 18, 12)
  line(t.irrevocable, 11, 24)

  line(fill(t.signed, { date: formatDay(input.issuedOn) }), 11, 6)
  line(input.signatory.name)
  if (input.signatory.function) line(input.signatory.function)
  return doc.save()
}

/** 85.07.30-033.28, as the identity card prints it. */
function formatNationalNumber(digits: string): string {
  const d = digits.replace(/\D/g, '')
  return d.length === 11 ? `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}` : digits
}

function formatDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-')
  return `${d}/${m}/${y}`
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current)
      current = word
    } else current = candidate
  }
  if (current) lines.push(current)
  return lines
}
