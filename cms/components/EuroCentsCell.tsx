'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { formatCents } from './euros'

/** A list column of an amount stored in cents, shown in euros in the user's admin language. */
export function EuroCentsCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'number') return null
  return <span style={{ whiteSpace: 'nowrap' }}>{formatCents(cellData, i18n.language)}</span>
}
