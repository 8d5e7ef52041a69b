import type { I18nClient } from '@payloadcms/translations'
import { text } from '../../../i18n/label'

/** Above the pledges list: the CSV export (the endpoint checks the goods role itself). */
export function PledgeExport({ i18n }: { i18n: I18nClient }) {
  return (
    <p style={{ margin: '0 0 1.5rem' }}>
      <a href="/api/pledges/export.csv">{text(i18n.language, 'pledges.exportAll')}</a>
      {' · '}
      <a href="/api/pledges/export.csv?status=pledged,partly-received">{text(i18n.language, 'pledges.exportExpected')}</a>
    </p>
  )
}
