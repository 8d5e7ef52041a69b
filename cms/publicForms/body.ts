/**
 * Reading what a visitor sent, never more than a form can need. A body whose declared
 * Content-Length is over the limit is refused before a byte is read; any other is counted
 * as it streams in and refused the moment it passes the limit, so no more than the limit
 * is ever held in memory, however large the body or however it is sent (chunked, or with
 * a Content-Length that lies).
 */
/** What reading needs of a request: a fetch Request, or Payload's request built on one. */
export type IncomingRequest = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'tooLarge' | 'unreadable' }

/**
 * After a refusal, the rest of the body is read and dropped in the background, so that
 * the client, still sending, receives the answer instead of a reset connection; past this
 * much the connection is given up instead.
 */
const drainAtMostBytes = 64 * 1024 * 1024

export async function readBody(req: IncomingRequest, maxBytes: number): Promise<BodyRead> {
  const declared = req.headers.get('content-length')
  if (declared !== null && !/^\d+$/.test(declared.trim())) return { ok: false, problem: 'unreadable' }
  if (declared !== null && Number(declared) > maxBytes) {
    if (req.body) drain(req.body.getReader(), 0)
    return { ok: false, problem: 'tooLarge' }
  }
  if (!req.body) return { ok: true, bytes: new Uint8Array(0) }

  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        chunks.length = 0
        drain(reader, size)
        return { ok: false, problem: 'tooLarge' }
      }
      chunks.push(value)
    }
  } catch {
    return { ok: false, problem: 'unreadable' }
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return { ok: true, bytes }
}

/** Drops a body the answer does not need (a refusal before reading), so the client still receives the answer. */
export function discardBody(req: IncomingRequest) {
  if (req.body && !req.body.locked) drain(req.body.getReader(), 0)
}

/** Reads and drops the rest of a refused body, without awaiting: the answer goes out meanwhile. */
function drain(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number) {
  void (async () => {
    let read = alreadyRead
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        read += value.byteLength
        if (read > drainAtMostBytes) return void (await reader.cancel())
      }
    } catch {
      // The client went away: nothing left to drain.
    }
  })()
}

/** The media type of a request, lower case, without its parameters. */
export function mediaType(req: IncomingRequest): string {
  return (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
}

/** The body as JSON, or undefined when it is not UTF-8 JSON. */
export function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) }
  } catch {
    return { ok: false }
  }
}

/** A urlencoded body (what a browser sends for a plain HTML form) as form data, or undefined when it is not UTF-8. */
export function parseUrlencoded(bytes: Uint8Array): FormData | undefined {
  try {
    const form = new FormData()
    for (const [name, value] of new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes))) form.append(name, value)
    return form
  } catch {
    return undefined
  }
}

/** The body as multipart form data (parsed by the runtime's own fetch implementation), or undefined. */
export async function parseMultipart(bytes: Uint8Array, contentType: string): Promise<FormData | undefined> {
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': contentType } }).formData()
  } catch {
    return undefined
  }
}
