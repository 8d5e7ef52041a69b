'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

const languages = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const
type Language = keyof typeof languages

/** Fields a page needs in every language before its translation counts as complete. */
const requiredFields = ['title', 'slug', 'summary']

/**
 * In the document's sidebar: which languages still lack a title, slug or summary. The
 * site shows the Dutch text in their place (marked as Dutch), so nothing is ever empty,
 * but the editor sees what is left to translate.
 */
export function TranslationStatus() {
  const { id, collectionSlug } = useDocumentInfo()
  const [missing, setMissing] = useState<Record<Language, string[]> | undefined>()

  useEffect(() => {
    if (!id || !collectionSlug) return
    fetch(`/api/${collectionSlug}/${id}?locale=all&draft=true&depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((doc: Record<string, Partial<Record<Language, string>> | undefined> | undefined) => {
        if (!doc) return
        const result = {} as Record<Language, string[]>
        for (const language of Object.keys(languages) as Language[]) {
          result[language] = requiredFields.filter((field) => field in doc && !doc[field]?.[language]?.trim())
        }
        setMissing(result)
      })
      .catch(() => undefined)
  }, [id, collectionSlug])

  if (!id) return null
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, margin: '0 0 0.25rem' }}>Translations</p>
      {!missing ? (
        <p>…</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {(Object.keys(languages) as Language[]).map((language) => (
            <li key={language}>
              {missing[language].length === 0 ? '✓' : '✗'} {languages[language]}
              {missing[language].length > 0 && <span>: missing {missing[language].join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
