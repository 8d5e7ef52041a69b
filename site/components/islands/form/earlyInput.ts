import { type RefObject, useLayoutEffect } from 'react'

/**
 * What a visitor did in a server-rendered form before its island woke up (the islands
 * hydrate when they come into view, or once the page is idle). React does not read the
 * page as it hydrates: a value typed early stays on screen but is missing from React's
 * state, and so from what is sent. The forms read it back with useEarlyInput as they wake.
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

/**
 * Hands the form's early input to `absorb` as the island wakes, in a layout effect: React
 * runs those while it commits the hydrated form, before it hands back any event. A "send"
 * pressed as the island wakes makes React hydrate at once to handle it; with a passive
 * effect (useEffect) the handler then ran first and checked an empty form, and the
 * visitor was told to fill in fields they had filled in (tests/e2e/earlyInput.spec.ts).
 */
export function useEarlyInput(form: RefObject<HTMLFormElement | null>, absorb: (early: EarlyInput) => void): void {
  // Once, as the island wakes: what is typed after that reaches the form's own handlers.
  useLayoutEffect(() => {
    if (form.current) absorb(earlyInput(form.current))
  }, [])
}
