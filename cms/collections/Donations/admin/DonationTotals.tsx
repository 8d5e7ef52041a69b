import type { Payload } from 'payload'
import { fundraisingProgress } from '../../../payments/progress'

const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' })

/** Above the donations list: this year's total against the goal, and the export link. */
export async function DonationTotals({ payload }: { payload: Payload }) {
  const progress = await fundraisingProgress(payload)
  const share = progress.goalCents > 0 ? Math.min(100, Math.round((progress.raisedCents / progress.goalCents) * 100)) : 0
  return (
    <div style={{ margin: '0 0 1.5rem', padding: '1rem 1.25rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 6 }}>
      <p style={{ margin: 0, fontSize: '1.1rem' }}>
        <strong>{progress.year}</strong>: {euro.format(progress.raisedCents / 100)} of {euro.format(progress.goalCents / 100)} ({share} %), from{' '}
        {progress.donors} donors.
      </p>
      <p style={{ margin: '0.5rem 0 0' }}>
        <a href={`/api/donations/export.csv?from=${progress.year}-01-01&to=${progress.year}-12-31`}>Export {progress.year} as CSV</a>
        {' · '}
        <a href="/api/donations/export.csv">Export everything as CSV</a>
      </p>
    </div>
  )
}
