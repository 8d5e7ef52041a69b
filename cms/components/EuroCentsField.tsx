'use client'
import { TextInput, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useState } from 'react'
import { useAdminText } from '../i18n/useAdminText'
import { centsAsInput, formatCents, parseEuroAmount } from './euros'

/**
 * The edit field of an amount stored in cents: the user reads and types euros ("25,50"),
 * the form keeps cents (2550), so the database and the API stay in cents. What cannot be
 * read as an amount empties the value, so it is never saved as something else.
 */
export const EuroCentsField: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { language, t } = useAdminText()
  const { value, setValue, showError, path, disabled } = useField<number | null>({ potentiallyStalePath: pathFromProps })
  // What the user typed ("25," on the way to "25,50"), shown as typed while it still says
  // what the form holds; a value set from elsewhere (a reset, another document) replaces it.
  const [draft, setDraft] = useState<string | undefined>()
  const locked = Boolean(readOnly || disabled)
  const amount = typeof value === 'number' ? value : null
  const draftHolds = draft !== undefined && (draft.trim() === '' ? amount === null : (parseEuroAmount(draft) ?? null) === amount)
  const shown = draftHolds ? draft : amount === null ? '' : locked ? formatCents(amount, language) : centsAsInput(amount, language)
  const unreadable = draftHolds && draft.trim() !== '' && parseEuroAmount(draft) === undefined

  return (
    <TextInput
      path={path}
      label={field.label || undefined}
      description={field.admin?.description as never}
      localized={field.localized}
      required={field.required}
      readOnly={locked}
      showError={showError || unreadable}
      value={shown}
      hasMany={false}
      onChange={(event) => {
        const typed = event.target.value
        setDraft(typed)
        setValue(typed.trim() === '' ? null : (parseEuroAmount(typed) ?? null))
      }}
      AfterInput={
        unreadable ? (
          <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.25rem 0 0' }}>
            {t('money.unreadable', { example: centsAsInput(2550, language) })}
          </p>
        ) : null
      }
    />
  )
}
