import { flag, type Html, html, type Part } from './html'

/**
 * The islands' form parts (site/components/islands/form/fields.tsx, volunteer/controls.tsx)
 * as server markup, element for element and class for class, so that a form shown again
 * by the CMS looks and reads like the one on the site: a visible label, hint and error
 * tied with aria-describedby, aria-invalid on a field in error. React cannot render the
 * islands inside Payload's API routes (they run with React's server-components build,
 * which has no state), hence this small twin; the words come from the same files.
 */
type Common = { id: string; name?: string; label: Part; error?: string; hint?: Part }

export function describedBy(id: string, hint?: Part, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
}

const attribute = (name: string, value: string | undefined) => (value === undefined ? '' : html` ${name}="${value}"`)

export function fieldMessages(id: string, hint?: Part, error?: string): Html {
  return html`${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : ''}${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : ''}`
}

const invalid = (error?: string) => flag(Boolean(error), 'aria-invalid="true"')
const fieldClass = (base: string, error?: string) => (error ? `${base} field--invalid` : base)

export function textField(f: Common & { value: string; type?: 'text' | 'email' | 'tel' | 'date'; autoComplete?: string; inputMode?: string; required?: boolean }): Html {
  const { id, name = id, label, error, hint, value, type = 'text', autoComplete, inputMode, required } = f
  return html`<div class="${fieldClass('field', error)}"><label for="${id}">${label}</label>${fieldMessages(id, hint, error)}<input id="${id}" name="${name}" type="${type}" value="${value}"${attribute('autocomplete', autoComplete)}${attribute('inputmode', inputMode)}${flag(required, 'aria-required="true"')}${invalid(error)}${attribute('aria-describedby', describedBy(id, hint, error))}></div>`
}

export function checkbox(f: Common & { checked: boolean; value?: string }): Html {
  const { id, name = id, label, error, hint, checked, value } = f
  return html`<div class="${fieldClass('field field--checkbox', error)}"><input id="${id}" name="${name}" type="checkbox"${attribute('value', value)}${flag(checked, 'checked')}${invalid(error)}${attribute('aria-describedby', describedBy(id, hint, error))}><label for="${id}">${label}</label>${fieldMessages(id, hint, error)}</div>`
}

export function textArea(f: Common & { value: string; rows?: number; required?: boolean }): Html {
  const { id, name = id, label, error, hint, value, rows = 5, required } = f
  return html`<div class="${fieldClass('field', error)}"><label for="${id}">${label}</label>${fieldMessages(id, hint, error)}<textarea id="${id}" name="${name}" rows="${rows}"${flag(required, 'aria-required="true"')}${invalid(error)}${attribute('aria-describedby', describedBy(id, hint, error))}>${value}</textarea></div>`
}

export function select(f: Common & { value: string; options: { value: string; label: string }[] }): Html {
  const { id, name = id, label, error, hint, value, options } = f
  const choices = options.map((option) => html`<option value="${option.value}"${flag(option.value === value, 'selected')}>${option.label}</option>`)
  return html`<div class="${fieldClass('field', error)}"><label for="${id}">${label}</label>${fieldMessages(id, hint, error)}<select id="${id}" name="${name}"${invalid(error)}${attribute('aria-describedby', describedBy(id, hint, error))}>${choices}</select></div>`
}

/** A file is never kept for a retry: the field is empty, with a word saying so when one had been chosen. */
export function fileInput(f: Common & { required?: boolean }): Html {
  const { id, name = id, label, error, hint, required } = f
  const accept = '.pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text'
  return html`<div class="${fieldClass('field', error)}"><label for="${id}">${label}</label>${fieldMessages(id, hint, error)}<input id="${id}" name="${name}" type="file" accept="${accept}"${flag(required, 'aria-required="true"')}${invalid(error)}${attribute('aria-describedby', describedBy(id, hint, error))}></div>`
}

/** A group of checkboxes or radios with a legend; its error is tied to the group. */
export function choices(f: { id: string; legend: Part; error?: string; hint?: Part; required?: boolean; type: 'checkbox' | 'radio'; options: { value: string; label: string }[]; selected: string[] }): Html {
  const { id, legend, error, hint, required, type, options, selected } = f
  const items = options.map((option, i) => {
    const optionId = i === 0 ? id : `${id}-${option.value}`
    return html`<div class="choices__option"><input type="${type}" id="${optionId}" name="${id}" value="${option.value}"${flag(selected.includes(option.value), 'checked')}${invalid(error)}><label for="${optionId}">${option.label}</label></div>`
  })
  return html`<fieldset class="${error ? 'field field--invalid choices' : 'field choices'}"${attribute('aria-describedby', describedBy(id, hint, error))}${attribute('role', type === 'radio' ? 'radiogroup' : undefined)}${flag(type === 'radio' && required, 'aria-required="true"')}><legend>${legend}</legend>${fieldMessages(id, hint, error)}${items}</fieldset>`
}

/**
 * The list of problems above the form, as the islands show it. Without script nothing can
 * move the focus to it, so it asks for it itself (autofocus): a keyboard or screen-reader
 * user starts on the list, each entry a link to its field.
 */
export function errorSummary(heading: string, errors: Record<string, string>, fieldIds: Record<string, string>, headingId = 'error-summary-heading'): Html | '' {
  const entries = Object.entries(errors)
  if (entries.length === 0) return ''
  const items = entries.map(([field, message]) => html`<li>${fieldIds[field] ? html`<a href="#${fieldIds[field]}">${message}</a>` : message}</li>`)
  return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="${headingId}"><h2 id="${headingId}">${heading}</h2><ul>${items}</ul></div>`
}

export const hidden = (name: string, value: string): Html => html`<input type="hidden" name="${name}" value="${value}">`
