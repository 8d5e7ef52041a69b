import { useRef } from 'react'

/**
 * A module a form needs only once the visitor is at work on it (its checks, the proof of
 * work): fetched the first time it is asked for, then kept, so the page's own script stays
 * small. A failed fetch is forgotten, and the next ask tries again.
 */
export function useOnDemand<T>(load: () => Promise<T>): () => Promise<T> {
  const pending = useRef<Promise<T> | undefined>(undefined)
  return () => {
    pending.current ??= load().catch((error: unknown) => {
      pending.current = undefined
      throw error
    })
    return pending.current
  }
}
