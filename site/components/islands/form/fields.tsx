import type { ReactNode } from 'react'

/**
 * Form parts shared by the site's islands. Every input has a visible label; a hint and an
 * error are tied to it with aria-describedby, and an error sets aria-invalid, so a screen
 * reader announces them with the field. Each is named as the server reads it when the
 * browser sends the form itself, without script: its id, unless `name` says otherwise.
 */
type Common = { id: string; name?: string; label: ReactNode; error?: string; hint?: ReactNode }

export function describedBy(id: string, hint?: unknown, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  )
}

export function TextField({
  id,
  name = id,
  label,
  error,
  hint,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  required = false,
}: Common & {
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'email' | 'tel'
  autoComplete?: string
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel'
  required?: boolean
}) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  )
}

export function Checkbox({ id, name = id, label, checked, onChange, error, hint }: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className={error ? 'field field--checkbox field--invalid' : 'field field--checkbox'}>
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  )
}

/** The list of problems above a form: announced when it appears, each a link to its field. */
// headingId: a page with several forms (the wishlist) gives each summary its own.
export function ErrorSummary({ heading, errors, fieldIds, summaryRef, headingId = 'error-summary-heading' }: { heading: string; errors: Record<string, string>; fieldIds: Record<string, string>; summaryRef: React.RefObject<HTMLDivElement | null>; headingId?: string }) {
  const entries = Object.entries(errors)
  if (entries.length === 0) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>{fieldIds[field] ? <a href={`#${fieldIds[field]}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  )
}
