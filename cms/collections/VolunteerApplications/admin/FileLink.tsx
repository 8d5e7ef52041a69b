'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useAdminText } from '../../../i18n/useAdminText'

/** A download link for an applicant's file: served by the authenticated file route only. */
export function FileLink({ file }: { file: 'cv' | 'motivationFile' }) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useAdminText()
  const name = useFormFields(([fields]) => fields[`${file}.originalName`]?.value) as string | undefined
  if (!id || !name) return null
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a href={`${config.serverURL}${config.routes.api}/volunteer-applications/${id}/file/${file}`} download>
        {t('applications.download', { name })}
      </a>
    </p>
  )
}
