import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { isLocale, type Locale } from '../../domain/locales'
import { type NationalNumberProblem, readNationalRegisterNumber } from '../../domain/nationalRegisterNumber'
import { isCertificateLanguage } from '../../domain/tax/certificateLanguage'
import { isApprovedFor } from '../../domain/tax/taxReduction'
import { taxCertificatePolicy } from '../globals/TaxCertificateSettings'
import { contributionDelta, isActivePledge, type PledgeState, type PledgeStatus } from '../../domain/needs'
import { maxUploadBytes } from '../../domain/volunteering/options'
import { lockPledge, reserve, shift } from '../collections/Pledges/counters'
import { retentionPeriods } from '../jobs/volunteerRetention'
import { deletePrivateFile, type StoredFile, storePrivateFile } from '../volunteering/files'
import { detectDocumentType } from '../volunteering/fileType'
import { logAction } from './audit'
import { linkUrl } from './links'
import { confirm, sendErasureNotice } from './mail'
import { accountingYears, donorErasureBlocked, eraseApplicant, eraseDonor } from './erasure'
import { pledgeCeiling } from './pages/giver'
import { certificatesOfDonor } from './taxCertificates'
import type { Donation, MonthlyGift } from '../payload-types'
import type { Applicant, Donor, Giver, Person } from './people'
import { emailOf } from './people'
import type { Strings } from './pages/shell'

type DoneKey = keyof Strings['done']
type ProblemKey = keyof Strings['problem']

/**
 * What an action came to: done (the page says so), refused for what was sent (the page
 * says why), or the person's data erased (the erased page). `afterCommit` runs once the
 * change is committed: files removed, the erasure email sent.
 */
export type Outcome =
  | { done: DoneKey; afterCommit?: () => Promise<void> }
  | { problem: ProblemKey; values?: Record<string, string | number>; afterFailure?: () => Promise<void> }
  | { erased: 'applicant' | 'donor'; afterCommit: () => Promise<void> }

export type Action = (req: PayloadRequest, person: Person, form: FormData) => Promise<Outcome>

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
const localeOf = (value: unknown, fallback: Locale): Locale => (isLocale(value) ? value : fallback)
const manageUrl = (person: Person) => linkUrl(person.link.token)
const mb = Math.floor(maxUploadBytes / (1024 * 1024))

const phone = z.string().max(40).regex(/^[0-9+()\-./\s]*$/)
const shortText = z.string().max(200)

// ——— applicant ———

const applicantOnly = (action: (req: PayloadRequest, person: Applicant, form: FormData) => Promise<Outcome>): Action => (req, person, form) =>
  person.kind === 'applicant' ? action(req, person, form) : Promise.resolve({ problem: 'closed' })

export const withdraw = applicantOnly(async (req, person) => {
  const { application } = person
  if (['declined', 'withdrawn', 'spam'].includes(application.status)) return { problem: 'closed' }
  await req.payload.update({ collection: 'volunteer-applications', id: application.id, data: { status: 'withdrawn' }, overrideAccess: true, req })
  await logAction(req, person.link.subject, 'withdrew-application')
  const { weeks } = await retentionPeriods(req.payload, req)
  await confirm(req, {
    kind: 'self-service-withdrawn',
    locale: localeOf(application.locale, person.link.locale),
    to: application.email,
    data: { applicantName: application.name, reference: application.reference ?? '', retentionWeeks: weeks, manageUrl: manageUrl(person) },
    subject: person.link.subject,
  })
  return { done: 'withdrawn' }
})

export const updateContact = applicantOnly(async (req, person, form) => {
  const email = z.email().max(254).safeParse(text(form, 'email'))
  if (!email.success) return { problem: 'email' }
  const phoneNumber = phone.safeParse(text(form, 'phone'))
  if (!phoneNumber.success) return { problem: 'phone' }
  const town = shortText.safeParse(text(form, 'town'))
  if (!town.success) return { problem: 'text' }
  const { application } = person
  await req.payload.update({
    collection: 'volunteer-applications',
    id: application.id,
    data: { email: email.data, phone: phoneNumber.data || null, town: town.data || null },
    overrideAccess: true,
    req,
  })
  await logAction(req, person.link.subject, 'updated-contact-details')
  await confirm(req, {
    kind: 'self-service-details-updated',
    locale: localeOf(application.locale, person.link.locale),
    to: email.data,
    data: { name: application.name, what: 'contact', manageUrl: manageUrl(person) },
    subject: person.link.subject,
  })
  return { done: 'contact' }
})

/** The same checks as the application form's (submitEndpoint.ts): size, then the real type from the bytes. */
export const replaceCv = applicantOnly(async (req, person, form) => {
  const file = form.get('cv')
  if (!(file instanceof File) || file.size === 0) return { problem: 'cvMissing' }
  if (file.size > maxUploadBytes) return { problem: 'cvTooLarge', values: { mb } }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = detectDocumentType(bytes)
  if (!type) return { problem: 'cvType' }
  const { application } = person
  const previous = application.cv?.storedName
  // Stored before the record points to it (files.ts); removed again if the change is not committed.
  const stored: StoredFile = await storePrivateFile(bytes, file.name, type)
  try {
    await req.payload.update({
      collection: 'volunteer-applications',
      id: application.id,
      data: { cv: { storedName: stored.storedName, originalName: stored.originalName, mimeType: stored.mimeType, size: stored.size } },
      overrideAccess: true,
      req,
    })
    await logAction(req, person.link.subject, 'replaced-cv')
    await confirm(req, {
      kind: 'self-service-cv-replaced',
      locale: localeOf(application.locale, person.link.locale),
      to: application.email,
      data: { applicantName: application.name, reference: application.reference ?? '', fileName: stored.originalName, manageUrl: manageUrl(person) },
      subject: person.link.subject,
    })
  } catch (error) {
    await deletePrivateFile(stored.storedName)
    throw error
  }
  return { done: 'cv', afterCommit: () => deletePrivateFile(previous) }
})

// ——— donor ———

const donorOnly = (action: (req: PayloadRequest, person: Donor, form: FormData) => Promise<Outcome>): Action => (req, person, form) =>
  person.kind === 'donor' ? action(req, person, form) : Promise.resolve({ problem: 'closed' })

type TaxData = Donation['taxCertificate'] | MonthlyGift['taxCertificate']
type GiftChange = { donorName?: string; taxCertificate: TaxData }

/** One change written to the donor's gifts (`donations`, all by default) and to their monthly gift. */
async function changeDonorGifts(req: PayloadRequest, person: Donor, change: (current: TaxData) => GiftChange, donations = person.donations) {
  for (const gift of donations) await req.payload.update({ collection: 'donations', id: gift.id, data: change(gift.taxCertificate), overrideAccess: true, req })
  for (const gift of person.monthlyGifts) await req.payload.update({ collection: 'monthly-gifts', id: gift.id, data: change(gift.taxCertificate), overrideAccess: true, req })
}

/** The email that confirms a donor's change, in their language, with the way back to their page. */
function confirmDonorChange(req: PayloadRequest, person: Donor, what: 'name-address' | 'national-number' | 'certificate-language', name = person.name || person.email) {
  return confirm(req, { kind: 'self-service-details-updated', locale: donorLocale(person), to: person.email, data: { name, what, manageUrl: manageUrl(person) }, subject: person.link.subject })
}

export const updateNameAndAddress = donorOnly(async (req, person, form) => {
  const name = z.string().trim().min(1).max(120).safeParse(text(form, 'name'))
  if (!name.success) return { problem: 'name' }
  const address = z.object({ street: shortText, postalCode: z.string().max(20), city: shortText }).safeParse({ street: text(form, 'street'), postalCode: text(form, 'postalCode'), city: text(form, 'city') })
  if (!address.success) return { problem: 'text' }
  const taxAddress = (current: { street?: string | null; postalCode?: string | null; city?: string | null; requested?: boolean | null; nationalRegisterNumber?: string | null } | null | undefined) => ({
    ...current,
    street: address.data.street || null,
    postalCode: address.data.postalCode || null,
    city: address.data.city || null,
  })
  await changeDonorGifts(req, person, (current) => ({ donorName: name.data, taxCertificate: taxAddress(current) }))
  await logAction(req, person.link.subject, 'updated-name-and-address')
  await confirmDonorChange(req, person, 'name-address', name.data)
  return { done: 'nameAddress' }
})

/** The donate form's message for each way a number can be wrong (domain/forms/donation.ts). */
const nationalNumberProblems: Record<NationalNumberProblem, ProblemKey> = {
  format: 'nationalRegisterNumberFormat',
  checkDigits: 'nationalRegisterNumber',
  impossibleDate: 'nationalRegisterNumberDate',
  bornInTheFuture: 'nationalRegisterNumberDate',
}

/**
 * The years a number given now still reaches: this calendar year and the last one (whose
 * certificates and Belcotax file are made before 1 March, and corrected on the next issue
 * run if they were already issued). Older years are filed and stay as they were. A gift
 * without a day received yet (pending) counts as this year's.
 */
export function isOpenYearGift(receivedAt: string | null | undefined, today: Date = new Date()): boolean {
  if (!receivedAt) return true
  return brusselsYear(new Date(receivedAt)) >= brusselsYear(today) - 1
}

const brusselsYear = (date: Date) => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(date))

/** Whether a number is asked for at all: only while the organisation may issue certificates for an open year. */
export async function nationalNumberWanted(req: PayloadRequest): Promise<boolean> {
  const policy = await taxCertificatePolicy(req.payload, req)
  const year = brusselsYear(new Date())
  return isApprovedFor(policy, year) || isApprovedFor(policy, year - 1)
}

/**
 * A donor adds or corrects their national register (or BIS) number: checked as the donate
 * form checks it, and written in full to each gift of the open years and to the monthly
 * gift (whose later payments copy it), where the field seals it
 * (fields/encryptedNationalRegisterNumber.ts). Giving it is asking for a certificate.
 * Neither the log nor the email holds the number.
 */
export const updateNationalNumber = donorOnly(async (req, person, form) => {
  if (!(await nationalNumberWanted(req))) return { problem: 'closed' }
  const reading = readNationalRegisterNumber(text(form, 'nationalRegisterNumber'))
  if (!reading.ok) return { problem: nationalNumberProblems[reading.problem] }
  const number = reading.number.digits
  const openYears = person.donations.filter((gift) => isOpenYearGift(gift.receivedAt))
  await changeDonorGifts(req, person, (current) => ({ taxCertificate: { ...current, requested: true, nationalRegisterNumber: number } }), openYears)
  await logAction(req, person.link.subject, 'updated-national-register-number')
  await confirmDonorChange(req, person, 'national-number')
  return { done: 'nationalNumber' }
})

/**
 * A donor chooses the language of their tax certificates, Dutch or French (issue 11, item 5):
 * kept on each gift and monthly gift, and on a bank-transfer communication still to be paid
 * (so that later certificates follow it), and on their certificates not cancelled. The PDF is
 * made on download, so the next one is in the new language; amount and number stay as they
 * are, so nothing is corrected or filed again. The emails stay in the donor's site language.
 */
export const updateCertificateLanguage = donorOnly(async (req, person, form) => {
  const language = text(form, 'certificateLanguage')
  if (!isCertificateLanguage(language)) return { problem: 'certificateLanguage' }
  const certificates = (await certificatesOfDonor(req, person)).filter((row) => row.status !== 'cancelled')
  if (certificates.length === 0 && !(await nationalNumberWanted(req))) return { problem: 'closed' }
  await changeDonorGifts(req, person, (current) => ({ taxCertificate: { ...current, certificateLanguage: language } }))
  await req.payload.update({
    collection: 'bank-transfer-references',
    where: { and: [{ donorEmail: { equals: person.email } }, { taxCertificateRequested: { equals: true } }] },
    data: { certificateLanguage: language },
    overrideAccess: true,
    req,
  })
  for (const certificate of certificates) {
    await req.payload.update({ collection: 'tax-certificates', id: certificate.id, data: { language }, overrideAccess: true, req })
  }
  await logAction(req, person.link.subject, 'changed-certificate-language')
  await confirmDonorChange(req, person, 'certificate-language')
  return { done: 'certificateLanguage' }
})

export function donorLocale(person: Donor): Locale {
  return localeOf(person.monthlyGifts[0]?.locale ?? person.donations[0]?.locale, person.link.locale)
}

// ——— both ———

export const erase: Action = async (req, person, form) => {
  if (!['on', 'true', '1', 'yes'].includes(text(form, 'confirm'))) return { problem: 'confirm' }
  const to = emailOf(person)
  if (person.kind === 'applicant') {
    const locale = localeOf(person.application.locale, person.link.locale)
    await eraseApplicant(req, person)
    return { erased: 'applicant', afterCommit: () => sendErasureNotice(req, to, locale, { who: 'applicant', keptYears: accountingYears }) }
  }
  if (person.kind === 'donor') {
    if (donorErasureBlocked(person)) return { problem: 'monthlyActive' }
    const locale = donorLocale(person)
    await eraseDonor(req, person)
    return { erased: 'donor', afterCommit: () => sendErasureNotice(req, to, locale, { who: 'donor', keptYears: accountingYears }) }
  }
  return { problem: 'closed' }
}

// ——— goods giver ———

const giverOnly = (action: (req: PayloadRequest, person: Giver, form: FormData) => Promise<Outcome>): Action => (req, person, form) =>
  person.kind === 'giver' ? action(req, person, form) : Promise.resolve({ problem: 'closed' })

/**
 * A new quantity for a pledge still expected. The difference moves the need's counters
 * at once, in the same transaction as the pledge, with the counters' own single-statement
 * updates (Pledges/counters.ts): more is taken only if still wanted, less is given back.
 * The pledge's row is locked first, so a change by staff or by expiry cannot interleave.
 */
export const changeQuantity = giverOnly(async (req, person, form) => {
  const raw = text(form, 'quantity')
  const { max, needName } = await pledgeCeiling(req, person)
  const quantity = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN
  const current = await lockPledge(req, person.pledge.id)
  if (!current || !isActivePledge(current.status)) return { problem: 'closed' }
  if (!Number.isInteger(quantity) || quantity < Math.max(1, current.quantityReceived) || quantity > max) return { problem: 'quantity', values: { max } }
  if (quantity === current.quantity) return { done: 'quantity' }
  const target: PledgeState = { status: current.status, quantity, quantityReceived: current.quantityReceived }
  const delta = contributionDelta({ status: current.status as PledgeStatus, quantity: current.quantity, quantityReceived: current.quantityReceived }, target)
  if (delta.pledged > 0) {
    if (!(await reserve(req, current.need, delta.pledged))) return { problem: 'quantity', values: { max: current.quantity } }
  } else {
    await shift(req, current.need, delta)
  }
  await req.payload.update({ collection: 'pledges', id: person.pledge.id, data: { quantity }, overrideAccess: true, req })
  await logAction(req, person.link.subject, 'changed-pledge-quantity')
  await confirm(req, {
    kind: 'self-service-pledge-changed',
    locale: localeOf(person.pledge.locale, person.link.locale),
    to: person.pledge.email,
    data: { giverName: person.pledge.name, reference: person.pledge.reference ?? '', itemName: needName || '—', quantity, manageUrl: manageUrl(person) },
    subject: person.link.subject,
  })
  return { done: 'quantity' }
})

/** Cancelling gives the items back to the need through the pledge's own hook (Pledges/hooks.ts), as staff cancelling would. */
export const cancelPledge = giverOnly(async (req, person) => {
  const { pledge } = person
  if (!isActivePledge(pledge.status as PledgeStatus)) return { problem: 'closed' }
  const { needName } = await pledgeCeiling(req, person)
  const updated = await req.payload.update({ collection: 'pledges', id: pledge.id, data: { status: 'cancelled' }, overrideAccess: true, req })
  if (updated.status !== 'cancelled') return { problem: 'closed' }
  await logAction(req, person.link.subject, 'cancelled-pledge')
  await confirm(req, {
    kind: 'self-service-pledge-cancelled',
    locale: localeOf(pledge.locale, person.link.locale),
    to: pledge.email,
    data: { giverName: pledge.name, reference: pledge.reference ?? '', itemName: needName || '—', quantity: pledge.quantity - (pledge.quantityReceived ?? 0) || pledge.quantity },
    subject: person.link.subject,
  })
  return { done: 'cancelled' }
})

export const actions: Record<string, Action> = {
  withdraw,
  contact: updateContact,
  cv: replaceCv,
  details: updateNameAndAddress,
  'national-number': updateNationalNumber,
  'certificate-language': updateCertificateLanguage,
  erase,
  quantity: changeQuantity,
  cancel: cancelPledge,
}

