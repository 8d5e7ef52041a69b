import { headersWithCors, type PayloadRequest } from 'payload'

/** A JSON answer from a custom endpoint, with the CORS headers the static site needs. */
export function json(req: PayloadRequest, body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: headersWithCors({ headers: new Headers(headers), req }) })
}

/** The request body as JSON, or undefined when it is not JSON at all. */
export async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}
