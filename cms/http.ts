import { headersWithCors, type PayloadRequest } from 'payload'

/** A JSON answer from a custom endpoint, with the CORS headers the static site needs. */
export function json(req: PayloadRequest, body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: headersWithCors({ headers: new Headers(headers), req }) })
}
