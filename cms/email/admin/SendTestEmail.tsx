'use client'
import { Button, toast, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { locales } from '../../../domain/locales'
import { emailKinds } from '../../../emails/catalog'
import { useAdminText } from '../../i18n/useAdminText'

/** Above the outbox list: sends any message with its sample data, to check how it arrives. */
export function SendTestEmail() {
  const { config } = useConfig()
  const { user } = useAuth()
  const router = useRouter()
  const { t } = useAdminText()
  const [kind, setKind] = useState<string>(emailKinds[0]!)
  const [locale, setLocale] = useState<string>(locales[0])
  const [to, setTo] = useState<string>(typeof user?.email === 'string' ? user.email : '')
  const [busy, setBusy] = useState(false)

  async function send(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/email-messages/send-test`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind, locale, to }),
      })
      const body = (await response.json()) as { ok: boolean; error?: string }
      if (!response.ok || !body.ok) throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      toast.success(t('emailMessages.test.queued', { to }))
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : t('emailMessages.test.failed'))
    } finally {
      setBusy(false)
    }
  }

  const field = { display: 'grid', gap: 4 } as const
  return (
    <form onSubmit={send} aria-labelledby="send-test-email" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'end', margin: '0 var(--gutter-h) var(--base)' }}>
      <h2 id="send-test-email" style={{ width: '100%', margin: 0, fontSize: 18 }}>{t('emailMessages.test.heading')}</h2>
      <label style={field}>
        {t('emailMessages.test.message')}
        <select value={kind} onChange={(event) => setKind(event.target.value)}>
          {emailKinds.map((value) => (
            <option key={value} value={value}>{t(`emailKind.${value}`)}</option>
          ))}
        </select>
      </label>
      <label style={field}>
        {t('emailMessages.test.language')}
        <select value={locale} onChange={(event) => setLocale(event.target.value)}>
          {locales.map((value) => (
            <option key={value} value={value}>{t(`language.${value}`)}</option>
          ))}
        </select>
      </label>
      <label style={field}>
        {t('emailMessages.test.to')}
        <input type="email" required value={to} onChange={(event) => setTo(event.target.value)} />
      </label>
      <Button type="submit" buttonStyle="secondary" disabled={busy} margin={false}>
        {busy ? t('emailMessages.test.sending') : t('emailMessages.test.send')}
      </Button>
    </form>
  )
}
