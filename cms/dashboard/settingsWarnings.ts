import type { Payload, TypedUser } from 'payload'
import { isValidIban } from '../../domain/iban'
import { type StaffContact, staffContacts } from '../../emails/define'
import { as } from './access'

/** A field of Settings → Organisation that a flow needs, by its path in the global. */
export type OrganisationField = `emails.${StaffContact}` | 'bankAccount.iban' | 'fundraising.goalEuros' | 'fundraising.year'

export type SettingsWarning =
  /** A purpose's contact address is empty: its messages go to the general address, or (that one empty too) nowhere. */
  | { kind: 'contact-empty'; purpose: StaffContact; fallback: 'general' | 'none'; field: OrganisationField }
  | { kind: 'iban-empty' | 'iban-invalid' | 'goal-empty'; field: OrganisationField }
  | { kind: 'goal-outdated'; year: number; field: OrganisationField }

/**
 * The settings the site's flows need that are empty (or wrong) in the published
 * Organisation settings, which is what the flows read: a contact address per purpose
 * (the staff notices and replies of emails/messages/, cms/email/queue.ts), the IBAN (the
 * donate page's bank transfer) and this year's fundraising goal (the progress figure).
 */
export async function settingsWarnings(payload: Payload, user: TypedUser, now = new Date()): Promise<SettingsWarning[]> {
  const organisation = await payload.findGlobal({ slug: 'organisation', depth: 0, ...as(user) })
  const warnings: SettingsWarning[] = []
  const emails = (organisation.emails ?? {}) as Partial<Record<StaffContact, string | null>>
  const general = Boolean(emails.general?.trim())
  for (const purpose of staffContacts) {
    if (emails[purpose]?.trim()) continue
    warnings.push({ kind: 'contact-empty', purpose, fallback: purpose !== 'general' && general ? 'general' : 'none', field: `emails.${purpose}` })
  }
  const iban = organisation.bankAccount?.iban?.trim()
  if (!iban) warnings.push({ kind: 'iban-empty', field: 'bankAccount.iban' })
  else if (!isValidIban(iban)) warnings.push({ kind: 'iban-invalid', field: 'bankAccount.iban' })
  const { goalEuros, year } = organisation.fundraising ?? {}
  if (!goalEuros || !year) warnings.push({ kind: 'goal-empty', field: goalEuros ? 'fundraising.year' : 'fundraising.goalEuros' })
  else if (year < now.getUTCFullYear()) warnings.push({ kind: 'goal-outdated', year, field: 'fundraising.year' })
  return warnings
}
