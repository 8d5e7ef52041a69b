import type { ReactNode } from 'react'
import { describedBy, FieldMessages } from '../form/fields'

/** The application form's other controls, built like form/fields.tsx: visible label, hint and error tied with aria-describedby. */
type Common = { id: string; label: ReactNode; error?: string; hint?: ReactNode; required?: boolean }

export function Required({ note }: { note: string }) {
  return (
    <>
      {' '}
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">({note})</span>
    </>
  )
}

export function TextArea({ id, label, error, hint, required, value, onChange, rows = 5 }: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  )
}

export function Select({ id, label, error, hint, required, value, onChange, options }: Common & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select id={id} name={id} value={value} onChange={(event) => onChange(event.target.value)} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function FileInput({ id, label, error, hint, required, onChange }: Common & { onChange: (file: File | undefined) => void }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={id}
        type="file"
        accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
        onChange={(event) => onChange(event.target.files?.[0])}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  )
}

/** A group of checkboxes or radios with a legend; its error is tied to the group. */
export function Choices({
  id,
  legend,
  error,
  hint,
  required,
  type,
  options,
  selected,
  onChange,
}: { id: string; legend: ReactNode; error?: string; hint?: ReactNode; required?: boolean; type: 'checkbox' | 'radio'; options: { value: string; label: string }[]; selected: string[]; onChange: (selected: string[]) => void }) {
  const toggle = (value: string, checked: boolean) => onChange(type === 'radio' ? [value] : checked ? [...selected, value] : selected.filter((v) => v !== value))
  return (
    <fieldset className={error ? 'field field--invalid choices' : 'field choices'} aria-describedby={describedBy(id, hint, error)} role={type === 'radio' ? 'radiogroup' : undefined} aria-required={(type === 'radio' && required) || undefined}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.map((option, i) => (
        <div className="choices__option" key={option.value}>
          <input
            type={type}
            id={i === 0 ? id : `${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor={i === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  )
}
