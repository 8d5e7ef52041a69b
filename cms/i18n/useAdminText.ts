'use client'
import { useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'
import { text } from './label'
import type { AdminKey } from './schema'

/** In an admin component: this project's texts in the language the user reads the admin in. */
export function useAdminText() {
  const { i18n } = useTranslation()
  const language = i18n.language
  return {
    language,
    t: useCallback((key: AdminKey, values?: Record<string, string | number>) => text(language, key, values), [language]),
  }
}
