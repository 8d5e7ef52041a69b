import type { FormEntries } from './formNames'

/** A kept form's fields, read back as the form's controls need them. */
export type Entries = {
  /** The first value sent under `name`, or "" (a text field left empty). */
  text(name: string): string
  /** Every value sent under `name` (ticked checkboxes of one group). */
  all(name: string): string[]
  /** Whether anything was sent under `name` (a ticked box, a chosen file). */
  has(name: string): boolean
}

export function entriesOf(fields: FormEntries): Entries {
  return {
    text: (name) => fields.find(([key]) => key === name)?.[1] ?? '',
    all: (name) => fields.filter(([key]) => key === name).map(([, value]) => value),
    has: (name) => fields.some(([key]) => key === name),
  }
}
