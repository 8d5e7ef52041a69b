import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import { whatNeedsDoing } from '../../dashboard/index'
import { DashboardView } from './DashboardView'

/** A label as the config holds it ({ en, nl, fr } or a plain text), in the reader's language. */
function named(label: unknown, language: string, fallback: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const translations = label as Record<string, unknown>
    const chosen = translations[language] ?? translations.en
    if (typeof chosen === 'string') return chosen
  }
  return fallback
}

/**
 * The admin dashboard's "what needs doing" (admin.components.beforeDashboard): a server
 * component that reads, as the signed-in staff member, what their roles have to act on.
 */
export async function WhatNeedsDoing({ payload, user, i18n }: { payload: Payload; user?: TypedUser | null; i18n: I18nClient }) {
  if (!user) return null
  const language = i18n.language
  const dashboard = await whatNeedsDoing(payload, user, { language })
  const names: Record<string, string> = {}
  for (const collection of payload.config.collections) names[collection.slug] = named(collection.labels?.singular, language, collection.slug)
  for (const global of payload.config.globals) names[global.slug] = named(global.label, language, global.slug)
  return <DashboardView dashboard={dashboard} language={language} adminRoute={payload.config.routes.admin} names={names} />
}
