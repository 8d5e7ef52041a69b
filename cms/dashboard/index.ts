import type { Payload, TypedUser } from 'payload'
import { isLocale, type Locale } from '../../domain/locales'
import { hasRole } from '../access/roles'
import { type ApplicationsSummary, applicationsSummary } from './applications'
import { type ContentSummary, contentSummary } from './content'
import { type FinanceSummary, financeSummary } from './finance'
import { type PledgesSummary, pledgesSummary } from './pledges'
import { type SettingsWarning, settingsWarnings } from './settingsWarnings'

/** What the dashboard shows one staff member: the settings warnings, and one section per role they hold. */
export type Dashboard = {
  settings: SettingsWarning[]
  finance?: FinanceSummary
  applications?: ApplicationsSummary
  pledges?: PledgesSummary
  content?: ContentSummary
}

/**
 * "What needs doing", for the admin's dashboard (cms/components/dashboard/). Each section
 * is read only for a role that works with it (administrators hold every role), and every
 * query runs with the reader's own access, so a section never shows more than its lists.
 * `language` (the admin's) picks the language of titles read from content.
 */
export async function whatNeedsDoing(payload: Payload, user: TypedUser, options: { language?: string; now?: Date } = {}): Promise<Dashboard> {
  const locale: Locale = isLocale(options.language) ? options.language : 'nl'
  const now = options.now ?? new Date()
  const [settings, finance, applications, pledges, content] = await Promise.all([
    settingsWarnings(payload, user, now),
    hasRole(user, 'finance') ? financeSummary(payload, user) : undefined,
    hasRole(user, 'volunteer-coordinator') ? applicationsSummary(payload, user, { locale, now }) : undefined,
    hasRole(user, 'goods') ? pledgesSummary(payload, user, { locale, now }) : undefined,
    hasRole(user, 'communication-officer') ? contentSummary(payload, user, { locale }) : undefined,
  ])
  return { settings, finance, applications, pledges, content }
}
