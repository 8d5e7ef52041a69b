import type { PayloadRequest } from 'payload'
import type { FieldErrors } from '../../domain/forms/errors'
import { json } from '../http'

/**
 * What a public form answers, decided once by its handler and rendered two ways: for an
 * island, JSON here (`{ ...body }` or `{ errors: { field: message } }`); for a browser
 * posting the form itself without script, a 303 redirect (pageAnswer.ts). Handlers
 * answer the same either way (only the application's asks, as no proof of work can come
 * without script).
 */
export type Answer =
  | { kind: 'accepted'; status: 200 | 201; body: Record<string, unknown> }
  | { kind: 'refused'; status: RefusalStatus; errors: FieldErrors; retryAfterMs?: number }

type RefusalStatus = 400 | 413 | 429 | 500 | 502 | 503

export const accepted = (body: Record<string, unknown>, status: 200 | 201 = 200): Answer => ({ kind: 'accepted', status, body })

export const refused = (errors: FieldErrors, status: RefusalStatus = 400, retryAfterMs?: number): Answer => ({ kind: 'refused', status, errors, retryAfterMs })

/** An answer refused for what the visitor sent (as opposed to too many attempts, or our own failure). */
export const isInputRefusal = (answer: Answer) => answer.kind === 'refused' && (answer.status === 400 || answer.status === 413)

export function respond(req: PayloadRequest, answer: Answer): Response {
  switch (answer.kind) {
    case 'accepted':
      return json(req, answer.body, answer.status)
    case 'refused': {
      const headers: Record<string, string> = answer.retryAfterMs ? { 'Retry-After': String(Math.ceil(answer.retryAfterMs / 1000)) } : {}
      return json(req, { errors: answer.errors }, answer.status, headers)
    }
  }
}
