import { type RefObject, useEffect, useState } from 'react'

/**
 * Moves the focus to an element (an error summary, a confirmation) once React has drawn
 * it. The forms show these after awaiting their checks or the server, and React draws a
 * change made after an await later than the next animation frame, so focusing there
 * would find nothing yet.
 */
export function useFocusWhenShown(ref: RefObject<HTMLElement | null>): () => void {
  const [asked, setAsked] = useState(0)
  useEffect(() => {
    if (asked > 0) ref.current?.focus()
  }, [asked, ref])
  return () => setAsked((count) => count + 1)
}
