import { describe, expect, it } from 'vitest'
import { reviseCertificates, type IssuedCertificate } from '../../domain/tax/certificateCorrections'
import { certificatesForYear, donorTotals, type DonorIdentity, type Gift, type GiftKind } from '../../domain/tax/certificates'

/** National register numbers with their check digits (97 − first nine digits mod 97). */
const withCheck = (nine: string) => nine + String(97 - Number(BigInt(nine) % 97n)).padStart(2, '0')
const MARIE_NRN = withCheck('850730033')
const JAN_NRN = withCheck('720412155')
const LUC_NRN = withCheck('640101087')

function donor(familyName: string, email: string, nationalRegisterNumber?: string, street = 'Rue Haute 1'): DonorIdentity {
  return { email, name: { firstNames: familyName === 'Peeters' ? 'Marie' : 'A.', familyName }, address: { street, postalCode: '1000', city: 'Brussel', country: 'BE' }, ...(nationalRegisterNumber ? { nationalRegisterNumber } : {}) }
}

let lastId = 0
function gift(kind: GiftKind, who: DonorIdentity, euros: number, receivedOn: string | undefined, refundedEuros = 0): Gift {
  lastId += 1
  return { id: `g${lastId}`, kind, donor: who, amountCents: euros * 100, refundedCents: refundedEuros * 100, ...(receivedOn ? { receivedOn } : {}) }
}

const marie = donor('Peeters', 'marie@example.be', MARIE_NRN)
const jan = donor('De Vries', 'jan@example.be', JAN_NRN)
const luc = donor('Janssens', 'luc@example.be')

describe('the yearly totals per donor', () => {
  it('adds up every kind of gift received in the calendar year, less refunds', () => {
    const gifts = [
      gift('oneTime', marie, 30, '2025-01-10', 10), // 20 counted
      gift('monthly', marie, 5, '2025-02-01'),
      gift('monthly', marie, 5, '2025-03-01'),
      gift('monthly', marie, 5, '2025-04-01', 5), // refunded in full
      gift('bankTransfer', marie, 20, '2025-06-15'),
      gift('manual', marie, 10, '2025-12-31'),
      gift('manual', marie, 100, '2024-12-31'), // another year
      gift('manual', marie, 100, '2026-01-01'), // another year
      gift('oneTime', marie, 100, undefined), // never received
    ]
    const [total] = donorTotals(gifts, 2025)
    expect(total.totalCents).toBe(6_000)
    expect(total.gifts.map((g) => [g.kind, g.countedCents])).toEqual([['oneTime', 2_000], ['monthly', 500], ['monthly', 500], ['bankTransfer', 2_000], ['manual', 1_000]])
  })

  it('is the same donor across kinds by national register number, whatever the e-mail or written form', () => {
    const gifts = [
      gift('oneTime', marie, 20, '2025-03-01'),
      gift('bankTransfer', { ...marie, email: 'm.peeters@work.example', nationalRegisterNumber: `${MARIE_NRN.slice(0, 2)}.${MARIE_NRN.slice(2, 4)}.${MARIE_NRN.slice(4, 6)}-${MARIE_NRN.slice(6, 9)}.${MARIE_NRN.slice(9)}` }, 25, '2025-05-01'),
    ]
    const totals = donorTotals(gifts, 2025)
    expect(totals).toHaveLength(1)
    expect(totals[0]).toMatchObject({ donorKey: `nrn:${MARIE_NRN}`, totalCents: 4_500, emails: ['marie@example.be', 'm.peeters@work.example'] })
    expect(totals[0].donor).toMatchObject({ nationalRegisterNumber: MARIE_NRN, email: 'm.peeters@work.example' })
  })

  it('is the same donor by e-mail (any case) without a number, and a gift without a number joins the donor with one', () => {
    const gifts = [
      gift('monthly', luc, 20, '2025-01-05'),
      gift('manual', { ...luc, email: ' Luc@Example.BE ' }, 30, '2025-02-05'),
      gift('oneTime', { ...marie, nationalRegisterNumber: undefined }, 15, '2025-04-01'),
      gift('monthly', marie, 25, '2025-05-01'),
    ]
    const totals = donorTotals(gifts, 2025)
    expect(totals.map((t) => [t.donorKey, t.totalCents])).toEqual([
      ['email:luc@example.be', 5_000],
      [`nrn:${MARIE_NRN}`, 4_000],
    ])
  })

  it('leaves a gift without a number apart when its e-mail is that of two donors with numbers', () => {
    const sharedEmail = 'family@example.be'
    const gifts = [
      gift('oneTime', { ...marie, email: sharedEmail }, 50, '2025-01-05'),
      gift('oneTime', { ...jan, email: sharedEmail }, 50, '2025-01-06'),
      gift('bankTransfer', donor('Peeters', sharedEmail), 50, '2025-01-07'),
    ]
    const totals = donorTotals(gifts, 2025)
    expect(totals.map((t) => [t.donorKey, t.sharedEmail])).toEqual([
      [`nrn:${MARIE_NRN}`, false],
      [`nrn:${JAN_NRN}`, false],
      [`email:${sharedEmail}`, true],
    ])
  })
})

describe('the year’s certificates', () => {
  const rules = { year: 2025, minimumCents: 4_000 }

  it('gives none to a donor under the minimum, and one to a donor at it', () => {
    const gifts = [gift('oneTime', marie, 39, '2025-03-01'), gift('oneTime', jan, 40, '2025-03-01'), gift('oneTime', luc, 50, '2025-03-01', 20)]
    const { certificates, belowMinimum } = certificatesForYear(gifts, { ...rules, lastIssuedNumber: 0 })
    expect(certificates.map((c) => [c.donor.name.familyName, c.amountCents])).toEqual([['De Vries', 4_000]])
    expect(belowMinimum.map((d) => [d.donor.name.familyName, d.totalCents])).toEqual([['Janssens', 3_000], ['Peeters', 3_900]])
  })

  it('numbers certificates without gaps, in name order, on from the last number issued', () => {
    const gifts = [gift('oneTime', marie, 50, '2025-03-01'), gift('manual', jan, 50, '2025-03-01'), gift('monthly', luc, 10, '2025-03-01'), gift('bankTransfer', luc, 40, '2025-04-01')]
    const { certificates } = certificatesForYear(gifts, { ...rules, lastIssuedNumber: 7 })
    expect(certificates.map((c) => [c.number, c.donor.name.familyName, c.amountCents, c.year])).toEqual([
      [8, 'De Vries', 5_000, 2025],
      [9, 'Janssens', 5_000, 2025],
      [10, 'Peeters', 5_000, 2025],
    ])
  })
})

describe('corrections after the certificates were issued', () => {
  const rules = { year: 2025, minimumCents: 4_000 }
  const firstGifts = [gift('oneTime', marie, 50, '2025-03-01'), gift('manual', jan, 60, '2025-03-01'), gift('monthly', luc, 45, '2025-03-01')]
  const issued: IssuedCertificate[] = certificatesForYear(firstGifts, { ...rules, lastIssuedNumber: 0 }).certificates

  it('changes nothing when nothing changed', () => {
    expect(reviseCertificates(issued, firstGifts, rules).map((c) => [c.kind, c.certificate.number])).toEqual([['unchanged', 1], ['unchanged', 2], ['unchanged', 3]])
  })

  it('corrects an amount, cancels a donor now under the minimum, and numbers a new donor on', () => {
    const newcomer = donor('Claes', 'an@example.be', LUC_NRN)
    const gifts = [
      firstGifts[0],
      gift('bankTransfer', marie, 20, '2025-11-20'), // Peeters: 50 → 70
      { ...firstGifts[1], refundedCents: 3_000 }, // De Vries: 60 → 30, under the minimum
      firstGifts[2],
      gift('oneTime', newcomer, 100, '2025-12-01'),
    ]
    const changes = reviseCertificates(issued, gifts, rules)
    expect(changes.map((c) => [c.kind, c.certificate.number, c.certificate.donor.name.familyName, c.certificate.amountCents])).toEqual([
      ['cancelled', 1, 'De Vries', 6_000],
      ['unchanged', 2, 'Janssens', 4_500],
      ['corrected', 3, 'Peeters', 7_000],
      ['new', 4, 'Claes', 10_000],
    ])
    const corrected = changes.find((c) => c.kind === 'corrected')
    expect(corrected).toMatchObject({ reasons: ['amount'], replaces: { number: 3, amountCents: 5_000 } })
  })

  it('corrects the certificate of a donor who added a national register number, still recognising them by e-mail', () => {
    const gifts = [firstGifts[0], firstGifts[1], gift('monthly', { ...luc, nationalRegisterNumber: LUC_NRN }, 45, '2025-03-01')]
    const changes = reviseCertificates(issued, gifts, rules)
    expect(changes.map((c) => c.kind)).toEqual(['unchanged', 'corrected', 'unchanged'])
    expect(changes[1]).toMatchObject({ kind: 'corrected', reasons: ['nationalRegisterNumber'], certificate: { number: 2, donor: { nationalRegisterNumber: LUC_NRN } } })
  })

  it('corrects a changed address', () => {
    const moved = { ...marie, address: { ...marie.address, street: 'Rue Basse 2' } }
    const changes = reviseCertificates(issued, [{ ...firstGifts[0], donor: moved }, firstGifts[1], firstGifts[2]], rules)
    expect(changes[2]).toMatchObject({ kind: 'corrected', reasons: ['address'], certificate: { number: 3, amountCents: 5_000 } })
  })

  it('never takes a donor with another national register number for the same one, even with the same e-mail', () => {
    const other = { ...marie, nationalRegisterNumber: withCheck('910101001'), name: { firstNames: 'Marc', familyName: 'Peeters' } }
    const changes = reviseCertificates(issued, [firstGifts[1], firstGifts[2], gift('oneTime', other, 50, '2025-03-01')], rules)
    expect(changes.map((c) => [c.kind, c.certificate.number])).toEqual([['unchanged', 1], ['unchanged', 2], ['cancelled', 3], ['new', 4]])
  })

  it('keeps the number of a certificate cancelled earlier, and does not give it again', () => {
    const afterCancellation: IssuedCertificate[] = issued.map((c) => (c.number === 1 ? { ...c, cancelled: true } : c))
    const changes = reviseCertificates(afterCancellation, firstGifts, rules)
    expect(changes.map((c) => [c.kind, c.certificate.number, c.certificate.donor.name.familyName])).toEqual([
      ['unchanged', 2, 'Janssens'],
      ['unchanged', 3, 'Peeters'],
      ['new', 4, 'De Vries'],
    ])
  })
})
