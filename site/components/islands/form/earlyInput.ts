/**
 * What a visitor did in a server-rendered form before its island woke up (the islands
 * hydrate when they come into view, or once the page is idle). React does not read the
 * page as it hydrates: a value typed early stays on screen but is missing from React's
 * state, and so from what is sent. The forms read it back with this once they are awake.
 */
export type EarlyInput = {
  /** A text field's, text area's or select's value; undefined when the page has no such control. */
  text(id: string): string | undefined
  checked(id: string): boolean | undefined
  /** The values of the checked boxes or radio buttons named `name`. */
  chosen(name: string): string[]
  file(id: string): File | undefined
}

export function earlyInput(form: HTMLFormElement): EarlyInput {
  const control = (id: string) => form.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)
  return {
    text: (id) => control(id)?.value,
    checked: (id) => control(id)?.checked,
    chosen: (name) => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')].filter((input) => input.name === name && input.checked).map((input) => input.value),
    file: (id) => control(id)?.files?.[0],
  }
}
