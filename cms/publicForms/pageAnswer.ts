import type { PayloadRequest } from 'payload'
import type { Locale } from '../../domain/locales'
import type { Answer } from './answer'
import { visitorEntries } from './formPost'
import type { FormName } from './retry/formNames'
import { messagePage } from './retry/messagePage'
import { seeOther } from './retry/page'
import { discardRetry, keepRetry, retryUrl } from './retry/store'

export type PageReply = {
  form: FormName
  locale: Locale
  /** The form as the browser sent it, once it could be read. */
  sent?: FormData
  /** The next page once the form is accepted (the payment page, a confirmation). */
  landing: (accepted: Record<string, unknown>) => Promise<string> | string
}

/**
 * The answer for a browser that posted a form itself, without script: the same decision
 * as an island's JSON, as a page to go to. Accepted: 303 to the next page. Refused once
 * the form was read: the form is kept (without its files) under a random token and the
 * browser is sent (303) to the CMS's page that shows it again with its errors, since a
 * static page cannot show them and nothing typed may travel in an address. Refused before
 * it could be read (too many attempts, too large, closed): nothing to keep, so the reason
 * is shown at once, with the answer's own status. A form sent again from its retry page
 * names that page's token (`_retry`), which is then removed.
 */
export async function respondWithPage(req: PayloadRequest, answer: Answer, reply: PageReply): Promise<Response> {
  const previous = reply.sent?.get('_retry')
  const replacePrevious = async () => (typeof previous === 'string' ? discardRetry(req.payload, previous) : undefined)
  if (answer.kind === 'accepted') {
    const next = await reply.landing(answer.body)
    await replacePrevious()
    return seeOther(next)
  }
  if (reply.sent) {
    const token = await keepRetry(req.payload, { form: reply.form, locale: reply.locale, fields: visitorEntries(reply.sent), errors: answer.errors })
    await replacePrevious()
    return seeOther(retryUrl(token))
  }
  const retryAfter: Record<string, string> = answer.retryAfterMs ? { 'Retry-After': String(Math.ceil(answer.retryAfterMs / 1000)) } : {}
  return messagePage(req, { form: reply.form, locale: reply.locale, errors: answer.errors, status: answer.status, headers: retryAfter })
}
