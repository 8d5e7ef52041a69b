/** Above the pledges list: the CSV export (the endpoint checks the goods role itself). */
export function PledgeExport() {
  return (
    <p style={{ margin: '0 0 1.5rem' }}>
      <a href="/api/pledges/export.csv">Export all pledges as CSV</a>
      {' · '}
      <a href="/api/pledges/export.csv?status=pledged,partly-received">Export pledges still expected</a>
    </p>
  )
}
