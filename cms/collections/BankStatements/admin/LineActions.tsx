'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAdminText } from '../../../i18n/useAdminText'

/**
 * On a statement line still to be handled: assign it to the donor of a structured
 * communication, or to a donor named here, or ignore it (not a gift). Each is an endpoint
 * (POST /api/bank-statement-lines/:id/assign or /ignore) that records who and when.
 */
export function LineActions() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const { t } = useAdminText()
  const [busy, setBusy] = useState(false)
  const [communication, setCommunication] = useState('')
  const [donor, setDonor] = useState({ name: '', email: '', locale: 'nl' })
  const [note, setNote] = useState('')
  if (!id) return null

  async function act(action: 'assign' | 'ignore', body: unknown) {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/bank-statement-lines/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
      if (!response.ok) throw new Error(answer.error || t('admin.serverAnswered', { status: response.status }))
      toast.success(answer.message ?? t('bankStatementLines.done'))
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const box = { margin: '0 0 1.5rem', padding: '1rem 1.25rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 6 } as const
  const field = { display: 'block', width: '100%', marginBottom: '0.5rem' } as const
  return (
    <div>
      <section style={box} aria-labelledby="line-assign">
        <h3 id="line-assign" style={{ marginTop: 0 }}>
          {t('bankStatementLines.assign.heading')}
        </h3>
        <label htmlFor="assign-communication">{t('bankStatementLines.assign.byCommunication')}</label>
        <input id="assign-communication" style={field} value={communication} onChange={(e) => setCommunication(e.target.value)} placeholder="+++000/0000/00000+++" />
        <Button disabled={busy || !communication.trim()} onClick={() => act('assign', { communication })}>
          {t('bankStatementLines.assign.submit')}
        </Button>
        <fieldset style={{ border: 0, padding: 0, marginTop: '1rem' }}>
          <legend>{t('bankStatementLines.assign.byDonor')}</legend>
          <label htmlFor="assign-name">{t('field.donorName')}</label>
          <input id="assign-name" style={field} value={donor.name} onChange={(e) => setDonor({ ...donor, name: e.target.value })} />
          <label htmlFor="assign-email">{t('field.donorEmail')}</label>
          <input id="assign-email" type="email" style={field} value={donor.email} onChange={(e) => setDonor({ ...donor, email: e.target.value })} />
          <label htmlFor="assign-locale">{t('field.language')}</label>
          <select id="assign-locale" style={field} value={donor.locale} onChange={(e) => setDonor({ ...donor, locale: e.target.value })}>
            <option value="nl">{t('language.nl')}</option>
            <option value="fr">{t('language.fr')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
          <Button disabled={busy || !donor.name.trim() || !donor.email.trim()} onClick={() => act('assign', { donor })}>
            {t('bankStatementLines.assign.submit')}
          </Button>
        </fieldset>
      </section>
      <section style={box} aria-labelledby="line-ignore">
        <h3 id="line-ignore" style={{ marginTop: 0 }}>
          {t('bankStatementLines.ignore.heading')}
        </h3>
        <label htmlFor="ignore-note">{t('bankStatementLines.note')}</label>
        <input id="ignore-note" style={field} value={note} onChange={(e) => setNote(e.target.value)} />
        <Button buttonStyle="secondary" disabled={busy} onClick={() => act('ignore', note.trim() ? { note: note.trim() } : {})}>
          {t('bankStatementLines.ignore.submit')}
        </Button>
      </section>
    </div>
  )
}
