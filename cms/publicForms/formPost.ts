import type { FormEntries } from './retry/formNames'
import { type IncomingRequest, mediaType } from './body'

/**
 * Whether a request is a browser sending a form by itself, without script, so that the
 * answer must be a page to go to (a 303 redirect) rather than JSON for an island.
 *
 * Decided from the headers alone, so that an answer given before the body is read (too
 * many attempts, too large) takes the right form too: a form's own content type
 * (urlencoded or multipart, which is all an HTML form can send), and a navigation. Every
 * browser marks its form submissions so: `Sec-Fetch-Mode: navigate` (which no script can
 * set), and an `Accept` that asks for HTML. The islands' fetch() asks for neither
 * (`cors`, `*\/*`), and neither do other programs unless they want a page: everything that
 * posts JSON or multipart today keeps its JSON answers, unchanged.
 */
export function isBrowserFormPost(req: IncomingRequest): boolean {
  const type = mediaType(req)
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') return false
  if (req.headers.get('sec-fetch-mode')?.toLowerCase() === 'navigate') return true
  const accept = (req.headers.get('accept') ?? '').toLowerCase()
  return accept.includes('text/html') && !accept.includes('application/json')
}

// Enough for any of the forms (the longest field is the 5,000-character motivation);
// what a robot sends beyond it is not worth keeping for a retry page.
const maxEntries = 200
const maxNameLength = 100
const maxValueLength = 10_000

/**
 * What the visitor typed, to be shown again: the form's text fields in order. A file is
 * never kept, only its name, so that the form can ask for that file again. Fields whose
 * name starts with "_" belong to the page (the retry token), not to the visitor.
 */
export function visitorEntries(form: FormData): FormEntries {
  const entries: FormEntries = []
  for (const [name, value] of form.entries()) {
    if (entries.length >= maxEntries) break
    if (name.startsWith('_')) continue
    if (typeof value !== 'string' && value.size === 0) continue
    entries.push([name.slice(0, maxNameLength), (typeof value === 'string' ? value : value.name).slice(0, maxValueLength)])
  }
  return entries
}
