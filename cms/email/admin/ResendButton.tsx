'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAdminText } from '../../i18n/useAdminText'

/** On a failed message's page: puts it back in the queue (POST /api/email-messages/:id/resend). */
export function ResendButton() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const { config } = useConfig()
  const router = useRouter()
  const { t } = useAdminText()
  const [busy, setBusy] = useState(false)
  if (!id || status !== 'failed') return null

  async function resend() {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/email-messages/${id}/resend`, { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { ok: boolean; error?: string }
      if (!response.ok || !body.ok) throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      toast.success(t('emailMessages.resent'))
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : t('emailMessages.resendFailed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="primary" disabled={busy} onClick={resend}>
        {busy ? t('emailMessages.resending') : t('emailMessages.resend')}
      </Button>
    </div>
  )
}
