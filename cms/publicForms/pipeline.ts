import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { type FieldErrors, fieldErrors, formMessage, tooManyRequestsMessage } from '../../domain/forms/errors'
import type { FormMessageKey } from '../../domain/forms/messages'
import type { Locale } from '../../domain/locales'
import type { FormLimits } from '../security/attempts'
import { clientAddress, limitKey } from '../security/clientAddress'
import { type Answer, isInputRefusal, refused, respond } from './answer'
import { discardBody, mediaType, parseJson, parseMultipart, readBody } from './body'
import { formLocale, requestLocale } from './locale'

type Bodies = { json: unknown; multipart: FormData }

/** A form that passed its schema, as its handler sees it. */
export type Submission<Body, Rules, Data> = {
  req: PayloadRequest
  body: Body
  data: Data
  rules: Rules
  locale: Locale
  /** A message in the visitor's language, its placeholders filled. */
  message: (key: FormMessageKey, values?: Record<string, string | number>) => string
}

export type PublicForm<K extends keyof Bodies, Rules, S extends z.core.$ZodType> = {
  body: K
  /** The most a valid submission can weigh, files included. */
  maxBytes: number
  limits: FormLimits
  /** Refuses everyone before anything is read (online giving switched off, say). */
  closed?: (req: PayloadRequest, locale: Locale) => Promise<Answer | undefined> | Answer | undefined
  /** What the schema depends on, from the CMS (amount limits, pledge period). */
  rules: (req: PayloadRequest) => Promise<Rules>
  schema: (rules: Rules) => S
  /** The schema's input, when it is not the body itself. */
  input?: (body: Bodies[K]) => unknown
  handle: (submission: Submission<Bodies[K], Rules, z.output<S>>) => Promise<Answer>
}

/**
 * Every public form goes the same way: who is asking → have they tried too often → is
 * the form open → read the body within its limit → check it with the page's own schema
 * → take one of the visitor's attempts → the form's own handler → the answer, in the
 * visitor's language. Attempts refused for their input count against a larger allowance
 * than those that get through (see FormLimits).
 */
export function publicForm<K extends keyof Bodies, Rules, S extends z.core.$ZodType>(form: PublicForm<K, Rules, S>) {
  return async (req: PayloadRequest): Promise<Response> => {
    let locale = requestLocale(req)
    const visitor = limitKey(clientAddress(req))
    const tooMany = (waitMs: number) => refused({ _form: tooManyRequestsMessage(waitMs, locale) }, 429, waitMs)
    const refuseInput = async (errors: FieldErrors, status: 400 | 413 = 400) => {
      await form.limits.countRefused(visitor)
      return respond(req, refused(errors, status))
    }

    const waitMs = await form.limits.wait(visitor)
    const early = waitMs > 0 ? tooMany(waitMs) : await form.closed?.(req, locale)
    if (early) {
      discardBody(req)
      return respond(req, early)
    }

    const read = await readForm(req, form.body, form.maxBytes)
    if (!read.ok) return refuseInput({ _form: formMessage(read.problem, locale) }, read.problem === 'bodyTooLarge' ? 413 : 400)
    locale = formLocale(read.body) ?? locale

    const rules = await form.rules(req)
    // The schemas are zod/mini's (the islands bundle them); classic zod's safeParse takes any zod schema.
    const parsed = z.safeParse(form.schema(rules), form.input ? form.input(read.body) : read.body)
    if (!parsed.success) return refuseInput(fieldErrors(parsed.error, locale))

    const wait = await form.limits.takeAccepted(visitor)
    if (wait > 0) return respond(req, tooMany(wait))
    const answer = await form.handle({
      req,
      body: read.body,
      data: parsed.data,
      rules,
      locale,
      message: (key, values) => formMessage(key, locale, values),
    })
    // Refused by the handler for its input (a closed role, a wrong file): not an attempt that got through.
    if (isInputRefusal(answer)) await form.limits.countRefused(visitor, { tookAccepted: true })
    return respond(req, answer)
  }
}

type FormRead<K extends keyof Bodies> = { ok: true; body: Bodies[K] } | { ok: false; problem: 'bodyTooLarge' | 'unreadable' }

/** The body as the form's kind, or why not; a wrong content type is as unreadable as a broken body. */
async function readForm<K extends keyof Bodies>(req: PayloadRequest, kind: K, maxBytes: number): Promise<FormRead<K>> {
  const type = mediaType(req)
  const expected = kind === 'json' ? type === 'application/json' || type.endsWith('+json') : type === 'multipart/form-data'
  if (!expected) {
    discardBody(req)
    return { ok: false, problem: 'unreadable' }
  }
  const read = await readBody(req, maxBytes)
  if (!read.ok) return { ok: false, problem: read.problem === 'tooLarge' ? 'bodyTooLarge' : 'unreadable' }
  if (kind === 'json') {
    const json = parseJson(read.bytes)
    return json.ok ? { ok: true, body: json.value as Bodies[K] } : { ok: false, problem: 'unreadable' }
  }
  const formData = await parseMultipart(read.bytes, req.headers.get('content-type') ?? '')
  return formData ? { ok: true, body: formData as Bodies[K] } : { ok: false, problem: 'unreadable' }
}
