import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { type FieldErrors, fieldErrors, formMessage, tooManyRequestsMessage } from '../../domain/forms/errors'
import type { FormMessageKey } from '../../domain/forms/messages'
import type { Locale } from '../../domain/locales'
import type { FormLimits } from '../security/attempts'
import { clientAddress, limitKey } from '../security/clientAddress'
import { type Answer, isInputRefusal, refused, respond } from './answer'
import { discardBody, mediaType, parseJson, parseMultipart, parseUrlencoded, readBody } from './body'
import { isBrowserFormPost } from './formPost'
import { formLocale, requestLocale } from './locale'
import { respondWithPage } from './pageAnswer'
import type { FormName } from './retry/formNames'

type Bodies = { json: unknown; multipart: FormData }

/** A form that passed its schema, as its handler sees it. */
export type Submission<Body, Rules, Data> = {
  req: PayloadRequest
  body: Body
  data: Data
  rules: Rules
  locale: Locale
  /** Sent by the browser itself, without script (see formPost.ts): the answer will be a redirect. */
  withoutScript: boolean
  /** A message in the visitor's language, its placeholders filled. */
  message: (key: FormMessageKey, values?: Record<string, string | number>) => string
}

export type PublicForm<K extends keyof Bodies, Rules, S extends z.core.$ZodType> = {
  /** Which form this is, for the page that shows it again when it is refused. */
  name: FormName
  /** What the island sends: JSON, or multipart (a form with files). */
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
  /** For a JSON form: the schema's input from the same form posted by a browser without script (urlencoded or multipart). */
  fromForm?: (form: FormData) => unknown
  handle: (submission: Submission<Bodies[K], Rules, z.output<S>>) => Promise<Answer>
  /** Where a browser that sent the form without script goes once it is accepted: the answer's page. */
  landing: (accepted: Record<string, unknown>, submission: { req: PayloadRequest; locale: Locale }) => Promise<string> | string
}

/**
 * Every public form goes the same way: who is asking → have they tried too often → is
 * the form open → read the body within its limit → check it with the page's own schema
 * → take one of the visitor's attempts → the form's own handler → the answer, in the
 * visitor's language: JSON for an island, or for a browser posting the form itself a
 * redirect to the next page, or back to the form with what was typed (pageAnswer.ts).
 * Attempts refused for their input count against a larger allowance than those that get
 * through (see FormLimits).
 */
export function publicForm<K extends keyof Bodies, Rules, S extends z.core.$ZodType>(form: PublicForm<K, Rules, S>) {
  return async (req: PayloadRequest): Promise<Response> => {
    let locale = requestLocale(req)
    const withoutScript = isBrowserFormPost(req)
    let sent: FormData | undefined
    const answer = (reply: Answer) =>
      withoutScript
        ? respondWithPage(req, reply, { form: form.name, locale, sent, landing: (body) => form.landing(body, { req, locale }) })
        : respond(req, reply)
    const visitor = limitKey(clientAddress(req))
    const tooMany = (waitMs: number) => refused({ _form: tooManyRequestsMessage(waitMs, locale) }, 429, waitMs)
    const refuseInput = async (errors: FieldErrors, status: 400 | 413 = 400) => {
      await form.limits.countRefused(visitor)
      return answer(refused(errors, status))
    }

    const waitMs = await form.limits.wait(visitor)
    const early = waitMs > 0 ? tooMany(waitMs) : await form.closed?.(req, locale)
    if (early) {
      discardBody(req)
      return answer(early)
    }

    const read = await readForm(req, form.body, form.maxBytes)
    if (!read.ok) return refuseInput({ _form: formMessage(read.problem, locale) }, read.problem === 'bodyTooLarge' ? 413 : 400)
    sent = read.form
    locale = formLocale(read.body) ?? locale

    const rules = await form.rules(req)
    const input = read.form && form.fromForm ? form.fromForm(read.form) : form.input ? form.input(read.body) : read.body
    // The schemas are zod/mini's (the islands bundle them); classic zod's safeParse takes any zod schema.
    const parsed = z.safeParse(form.schema(rules), input)
    if (!parsed.success) return refuseInput(fieldErrors(parsed.error, locale))

    const wait = await form.limits.takeAccepted(visitor)
    if (wait > 0) return answer(tooMany(wait))
    const handled = await form.handle({
      req,
      body: read.body,
      data: parsed.data,
      rules,
      locale,
      withoutScript,
      message: (key, values) => formMessage(key, locale, values),
    })
    // Refused by the handler for its input (a closed role, a wrong file): not an attempt that got through.
    if (isInputRefusal(handled)) await form.limits.countRefused(visitor, { tookAccepted: true })
    return answer(handled)
  }
}

type FormRead<K extends keyof Bodies> = { ok: true; body: Bodies[K]; form?: FormData } | { ok: false; problem: 'bodyTooLarge' | 'unreadable' }

const urlencoded = 'application/x-www-form-urlencoded'

/**
 * The body as the form's kind, or why not; a wrong content type is as unreadable as a
 * broken body. A JSON form also takes what a browser sends for it without script
 * (urlencoded, or multipart); a multipart form only multipart, as its page declares.
 */
async function readForm<K extends keyof Bodies>(req: PayloadRequest, kind: K, maxBytes: number): Promise<FormRead<K>> {
  const type = mediaType(req)
  const json = type === 'application/json' || type.endsWith('+json')
  const accepted = kind === 'json' ? json || type === urlencoded || type === 'multipart/form-data' : type === 'multipart/form-data'
  if (!accepted) {
    discardBody(req)
    return { ok: false, problem: 'unreadable' }
  }
  const read = await readBody(req, maxBytes)
  if (!read.ok) return { ok: false, problem: read.problem === 'tooLarge' ? 'bodyTooLarge' : 'unreadable' }
  if (json) {
    const parsed = parseJson(read.bytes)
    return parsed.ok ? { ok: true, body: parsed.value as Bodies[K] } : { ok: false, problem: 'unreadable' }
  }
  const formData = type === urlencoded ? parseUrlencoded(read.bytes) : await parseMultipart(read.bytes, req.headers.get('content-type') ?? '')
  return formData ? { ok: true, body: formData as Bodies[K], form: formData } : { ok: false, problem: 'unreadable' }
}
