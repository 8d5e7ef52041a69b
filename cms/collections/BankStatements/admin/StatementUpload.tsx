'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useRef, useState } from 'react'
import { useAdminText } from '../../../i18n/useAdminText'

const maxMegabytes = 10

/**
 * Above the statements list: finance uploads a CODA or CAMT.053 file
 * (POST /api/bank-statements/upload) and reads what became of its transfers.
 */
export function StatementUpload() {
  const { config } = useConfig()
  const router = useRouter()
  const { t } = useAdminText()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string>()

  async function upload(event: FormEvent) {
    event.preventDefault()
    const file = input.current?.files?.[0]
    if (!file) return void toast.error(t('bankStatements.upload.noFile'))
    setBusy(true)
    setResult(undefined)
    try {
      const form = new FormData()
      form.append('file', file)
      const response = await fetch(`${config.serverURL}${config.routes.api}/bank-statements/upload`, { method: 'POST', body: form, credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
      if (!response.ok) throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      setResult(body.message)
      toast.success(body.message ?? t('bankStatementLines.done'))
      if (input.current) input.current.value = ''
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={upload} style={{ margin: '0 0 1.5rem', padding: '1rem 1.25rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 6 }}>
      <h3 style={{ marginTop: 0 }}>{t('bankStatements.upload.heading')}</h3>
      <p>{t('bankStatements.upload.hint', { size: `${maxMegabytes} MB` })}</p>
      <label htmlFor="statement-file" style={{ display: 'block', marginBottom: '0.5rem' }}>
        {t('bankStatements.upload.file')}
      </label>
      <input ref={input} id="statement-file" name="file" type="file" accept=".cod,.coda,.txt,.xml,.cod2,text/plain,application/xml,text/xml" />
      <div style={{ marginTop: '0.75rem' }}>
        <Button type="submit" disabled={busy}>
          {busy ? t('bankStatements.upload.busy') : t('bankStatements.upload.submit')}
        </Button>
      </div>
      {result && (
        <p role="status" style={{ marginBottom: 0 }}>
          {result}
        </p>
      )}
    </form>
  )
}
