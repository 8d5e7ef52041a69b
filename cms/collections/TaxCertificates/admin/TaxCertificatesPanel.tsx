'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import { useAdminText } from '../../../i18n/useAdminText'

type Sending = { at: string; by: string; part: 'originals' | 'corrections'; certificates: number; sha256: string }
type Summary = {
  eligible: number
  totalCents: number
  withoutNationalRegisterNumber: number
  belowMinimum: number
  issued: number
  corrected: number
  cancelled: number
  certificates: { id: number | string; number: number; title: string }[]
  belcotax: { lastSent?: Sending; correctionsDue: number }
}

/**
 * Above the certificates list, finance's "Tax certificates" view of one income year: donors
 * eligible and their total, those without a national register number, what is issued, and
 * the actions: issue (or bring up to date), download the PDFs as a ZIP, download the
 * Belcotax file (refused with its problems listed when it would not be valid), and record
 * which real file was sent to Belcotax-on-web, with a warning while corrections await one.
 */
export function TaxCertificatesPanel() {
  const { config } = useConfig()
  const router = useRouter()
  const { t, language } = useAdminText()
  const api = `${config.serverURL}${config.routes.api}/tax-certificates`
  const [year, setYear] = useState(new Date().getFullYear() - 1)
  const [summary, setSummary] = useState<Summary>()
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const [preview, setPreview] = useState('')
  // The real Belcotax file last downloaded here, kept as its bytes: recorded as sent if finance chooses no other file.
  const [downloadedReal, setDownloadedReal] = useState<File>()
  const [sentFile, setSentFile] = useState<File>()

  const load = useCallback(async () => {
    const response = await fetch(`${api}/summary?year=${year}`, { credentials: 'include' })
    setSummary(response.ok ? ((await response.json()) as Summary) : undefined)
  }, [api, year])
  useEffect(() => void load(), [load])

  /** One email per donor without a number, once a year each (the server refuses repeats). */
  async function askForNumbers() {
    if (!window.confirm(t('taxCertificates.panel.askNumbersConfirm', { year }))) return
    setBusy(true)
    try {
      const response = await fetch(`${api}/ask-for-numbers`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ year }) })
      const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
      if (!response.ok) throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      toast.success(body.message ?? '')
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  async function issue() {
    setBusy(true)
    try {
      const response = await fetch(`${api}/issue`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ year }) })
      const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
      if (!response.ok) throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      toast.success(body.message ?? '')
      await load()
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  /** Fetched first so that a refusal shows its problems instead of a downloaded error. */
  async function download(path: string) {
    setBusy(true)
    setProblems([])
    try {
      const response = await fetch(`${api}${path}`, { credentials: 'include' })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; problems?: string[] }
        setProblems(body.problems ?? [])
        throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'download'
      const blob = await response.blob()
      if (path.includes('mode=real')) setDownloadedReal(new File([blob], name, { type: blob.type }))
      const url = URL.createObjectURL(blob)
      const link = Object.assign(document.createElement('a'), { href: url, download: name })
      link.click()
      URL.revokeObjectURL(url)
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  /** The exact bytes of the file sent, as the body: the server fingerprints what it receives. */
  async function recordSent() {
    const file = sentFile ?? downloadedReal
    if (!file) return toast.error(t('taxCertificates.sent.noFile'))
    setBusy(true)
    setProblems([])
    try {
      const response = await fetch(`${api}/belcotax-sent?year=${year}`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/xml' }, body: file })
      const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string; problems?: string[] }
      if (!response.ok) {
        setProblems(body.problems ?? [])
        throw new Error(body.error || t('admin.serverAnswered', { status: response.status }))
      }
      toast.success(body.message ?? '')
      // Recorded once: the same download is not offered again by itself.
      setDownloadedReal(undefined)
      await load()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const lastSent = summary?.belcotax.lastSent
  const euros = (cents: number) => (cents / 100).toLocaleString(undefined, { style: 'currency', currency: 'EUR' })
  return (
    <section style={{ margin: '0 0 1.5rem', padding: '1rem 1.25rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 6 }}>
      <h3 style={{ marginTop: 0 }}>{t('taxCertificates.panel.heading')}</h3>
      <label htmlFor="tax-year">{t('taxCertificates.year')} </label>
      <input id="tax-year" type="number" min={2000} max={2100} value={year} onChange={(event) => setYear(Number(event.target.value))} style={{ width: '6rem' }} />
      {summary && (
        <ul>
          <li>{t('taxCertificates.panel.eligible', { count: summary.eligible, total: euros(summary.totalCents) })}</li>
          <li>
            {t('taxCertificates.panel.withoutNumber', { count: summary.withoutNationalRegisterNumber })}{' '}
            {summary.withoutNationalRegisterNumber > 0 && (
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={askForNumbers}>
                {t('taxCertificates.panel.askNumbers')}
              </Button>
            )}
          </li>
          <li>{t('taxCertificates.panel.belowMinimum', { count: summary.belowMinimum })}</li>
          <li>{t('taxCertificates.panel.issued', { count: summary.issued, corrected: summary.corrected, cancelled: summary.cancelled })}</li>
        </ul>
      )}
      <p>{t('taxCertificates.panel.hint')}</p>
      <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
        <Button disabled={busy} onClick={issue}>
          {t('taxCertificates.panel.issue')}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => download(`/download/zip?year=${year}`)}>
          {t('taxCertificates.panel.zip')}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => download(`/download/belcotax?year=${year}&part=originals&mode=test`)}>
          {t('taxCertificates.panel.xmlTest')}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => download(`/download/belcotax?year=${year}&part=originals&mode=real`)}>
          {t('taxCertificates.panel.xml')}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => download(`/download/belcotax?year=${year}&part=corrections&mode=real`)}>
          {t('taxCertificates.panel.xmlCorrections')}
        </Button>
      </div>
      {summary && summary.issued > 0 && (
        <div>
          <h4>{t('taxCertificates.panel.sentHeading')}</h4>
          <p>
            {lastSent
              ? t('taxCertificates.panel.lastSent', {
                  date: new Date(lastSent.at).toLocaleString(language),
                  by: lastSent.by,
                  part: t(`taxCertificateLog.filePart.${lastSent.part}`),
                  count: lastSent.certificates,
                  sha256: lastSent.sha256,
                })
              : t('taxCertificates.panel.sentNever', { year })}
          </p>
          {summary.belcotax.correctionsDue > 0 && (
            <p role="status" style={{ fontWeight: 600, color: 'var(--theme-warning-700, inherit)' }}>
              {t('taxCertificates.panel.correctionsDue', { count: summary.belcotax.correctionsDue })}
            </p>
          )}
          <p>
            <label htmlFor="tax-sent-file">{t('taxCertificates.panel.sentFile')} </label>
            <input id="tax-sent-file" type="file" accept=".xml,application/xml,text/xml" onChange={(event) => setSentFile(event.target.files?.[0])} />
            {!sentFile && downloadedReal && <span> {t('taxCertificates.panel.sentDownloaded', { name: downloadedReal.name })}</span>}
          </p>
          <Button buttonStyle="secondary" disabled={busy || !(sentFile ?? downloadedReal)} onClick={recordSent}>
            {t('taxCertificates.panel.recordSent')}
          </Button>
        </div>
      )}
      {summary && summary.certificates.length > 0 && (
        <p>
          <label htmlFor="tax-preview">{t('taxCertificates.panel.preview')} </label>
          <select id="tax-preview" value={preview} onChange={(event) => setPreview(event.target.value)}>
            <option value="">—</option>
            {summary.certificates.map((certificate) => (
              <option key={certificate.id} value={String(certificate.id)}>
                {certificate.title || certificate.number}
              </option>
            ))}
          </select>{' '}
          {preview && (
            <a href={`${api}/${preview}/pdf`} target="_blank" rel="noreferrer">
              {t('taxCertificates.panel.previewButton')}
            </a>
          )}
        </p>
      )}
      <p>
        <a href={`${config.routes.admin}/collections/tax-certificate-log`}>{t('taxCertificates.panel.log')}</a>
      </p>
      {problems.length > 0 && (
        <ul role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
