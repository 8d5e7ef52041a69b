/**
 * Errors in the shape Stripe answers with, so that the official SDK turns them into the same
 * error classes (StripeInvalidRequestError, StripeAuthenticationError, …) as against Stripe.
 */
export type StripeErrorType = 'invalid_request_error' | 'idempotency_error' | 'api_error'

export interface StripeErrorBody {
  type: StripeErrorType
  message: string
  param?: string
  code?: string
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message)
  }
}

export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(400, { type: 'invalid_request_error', message, ...(param ? { param } : {}), ...(code ? { code } : {}) })
}

/** Stripe answers 404 with `resource_missing` for an unknown id in the path, 400 for one in the body. */
export function noSuch(kind: string, id: string, param?: string): StripeApiError {
  const status = param ? 400 : 404
  return new StripeApiError(status, { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'`, ...(param ? { param } : {}) })
}

/**
 * Errors of the simulation API (tests, demo pages): not Stripe errors, but the same transport,
 * so that a wrong call from a test fails loudly with a reason instead of silently doing nothing.
 */
export function simulationError(message: string): StripeApiError {
  return new StripeApiError(400, { type: 'invalid_request_error', message })
}
