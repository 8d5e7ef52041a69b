'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * The right to erasure in one action: deletes every application of this email address,
 * with their files and every email about them (POST /api/volunteer-applications/:id/erase).
 */
export function EraseButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const email = useFormFields(([fields]) => fields.email?.value) as string | undefined
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return null

  async function erase() {
    if (!window.confirm(`Erase everything about ${email ?? 'this applicant'}: all their applications, files and emails? This cannot be undone.`)) return
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/volunteer-applications/${id}/erase`, { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { ok: boolean; erased?: number; error?: string }
      if (!response.ok || !body.ok) throw new Error(body.error || `The server answered ${response.status}.`)
      toast.success(`Erased ${body.erased} application(s), their files and emails.`)
      router.push(`${config.routes.admin}/collections/volunteer-applications`)
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'Erasing failed.')
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="error" disabled={busy} onClick={erase}>
        {busy ? 'Erasing…' : 'Erase this applicant entirely'}
      </Button>
    </div>
  )
}
