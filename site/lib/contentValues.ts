import { intlLocales, type Locale } from '../../domain/locales'

/**
 * Figures that content written in the CMS names as `{placeholders}` rather than in
 * words, because a setting decides them: the privacy notice says how long applications
 * are kept ("{retentionPeriod}"), and the build writes the period the retention job uses.
 */
export type RetentionPeriods = { weeks: number; futureRolesMonths: number }

export function contentValues(retention: RetentionPeriods, locale: Locale): Record<string, string> {
  const duration = (value: number, unit: 'week' | 'month') => new Intl.NumberFormat(intlLocales[locale], { style: 'unit', unit, unitDisplay: 'long' }).format(value)
  return {
    retentionPeriod: duration(retention.weeks, 'week'),
    futureRolesPeriod: duration(retention.futureRolesMonths, 'month'),
  }
}
