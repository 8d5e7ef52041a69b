'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAdminText } from '../../../i18n/useAdminText'

/**
 * The right to erasure in one action: deletes every application of this email address,
 * with their files and every email about them (POST /api/volunteer-applications/:id/erase).
 */
export function EraseButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const email = useFormFields(([fields]) => fields.email?.value) as string | undefined
  const router = useRouter()
  const { t } = useAdminText()
  const [busy, setBusy] = useState(false)
  if (!id) return null

  async function erase() {
    if (!window.confirm(t('applications.eraseConfirm', { who: email ?? t('applications.eraseWho') }))) return
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/volunteer-applications/${id}/erase`, { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { ok: boolean; erased?: number; error?: string }
      if (!response.ok || !body.ok) throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      toast.success(t('applications.erased', { count: body.erased ?? 0 }))
      router.push(`${config.routes.admin}/collections/volunteer-applications`)
    } catch (error) {
      toast.error(error instanceof Error ? error.message : t('applications.eraseFailed'))
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="error" disabled={busy} onClick={erase}>
        {busy ? t('applications.erasing') : t('applications.erase')}
      </Button>
    </div>
  )
}
