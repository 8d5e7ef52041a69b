'use client'
import { useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useAdminText } from '../../../i18n/useAdminText'

/** Above the list: the CSV export, following the status/role/centre filter chosen in the list. */
export function ApplicationsExport() {
  const { config } = useConfig()
  const { t } = useAdminText()
  const params = useSearchParams()
  const query = new URLSearchParams()
  // The list's filter lives in the address as where[or][0][and][0][status][equals]=…; pick the simple ones.
  for (const [key, value] of params.entries()) {
    const match = key.match(/\[(status|role|centres)\]\[(equals|in|contains)\]/)
    if (match) query.set(match[1] === 'centres' ? 'centre' : match[1], value)
  }
  const href = `${config.serverURL}${config.routes.api}/volunteer-applications/export.csv${query.size ? `?${query}` : ''}`
  return (
    <p style={{ margin: '0 0 1.5rem' }}>
      <a href={href}>{t(query.size ? 'applications.exportSelection' : 'applications.exportAll')}</a> {t('applications.exportNote')}
    </p>
  )
}
