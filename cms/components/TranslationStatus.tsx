'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { type Locale, locales } from '../../domain/locales'
import { useAdminText } from '../i18n/useAdminText'
import { type TranslatedField, translationGaps } from './translationGaps'

/**
 * In the document's sidebar: which languages still lack a title, slug or summary. The
 * site shows the Dutch text in their place (marked as Dutch), so nothing is ever empty,
 * but the editor sees what is left to translate.
 */
export function TranslationStatus() {
  const { id, collectionSlug } = useDocumentInfo()
  const { t } = useAdminText()
  const [missing, setMissing] = useState<Record<Locale, TranslatedField[]> | undefined>()

  useEffect(() => {
    if (!id || !collectionSlug) return
    fetch(`/api/${collectionSlug}/${id}?locale=all&draft=true&depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((doc: Record<string, unknown> | undefined) => {
        if (doc) setMissing(translationGaps(doc))
      })
      .catch(() => undefined)
  }, [id, collectionSlug])

  if (!id) return null
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, margin: '0 0 0.25rem' }}>{t('translations.heading')}</p>
      {!missing ? (
        <p>…</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {locales.map((language) => (
            <li key={language}>
              {missing[language].length === 0 ? '✓' : '✗'} {t(`language.${language}`)}
              {missing[language].length > 0 && <span>: {t('translations.missing', { fields: missing[language].map((field) => t(`field.${field}`).toLowerCase()).join(', ') })}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
