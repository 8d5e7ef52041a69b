import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { formatCents } from '../../../components/euros'
import { text } from '../../../i18n/label'
import { fundraisingProgress } from '../../../payments/progress'

/** Above the donations list: this year's total against the goal, and the export link. */
export async function DonationTotals({ payload, i18n }: { payload: Payload; i18n: I18nClient }) {
  const language = i18n.language
  const progress = await fundraisingProgress(payload)
  const share = progress.goalCents > 0 ? Math.min(100, Math.round((progress.raisedCents / progress.goalCents) * 100)) : 0
  return (
    <div style={{ margin: '0 0 1.5rem', padding: '1rem 1.25rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 6 }}>
      <p style={{ margin: 0, fontSize: '1.1rem' }}>
        {text(language, 'donations.totals', {
          year: progress.year,
          raised: formatCents(progress.raisedCents, language),
          goal: formatCents(progress.goalCents, language),
          share,
          donors: progress.donors,
        })}
      </p>
      <p style={{ margin: '0.5rem 0 0' }}>
        <a href={`/api/donations/export.csv?from=${progress.year}-01-01&to=${progress.year}-12-31`}>{text(language, 'donations.exportYear', { year: progress.year })}</a>
        {' · '}
        <a href="/api/donations/export.csv">{text(language, 'donations.exportAll')}</a>
      </p>
    </div>
  )
}
