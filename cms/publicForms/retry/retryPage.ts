import type { PayloadRequest } from 'payload'
import { ui } from '../../../site/i18n'
import type { Retry } from './formNames'
import { type Html, html } from './html'
import { notSentArticle, organisationName } from './messagePage'
import { formPage } from './page'

/**
 * The page that shows a refused form again: what to do, then the form with the visitor's
 * values and each field's error, posting to the same endpoint. When the form can no longer
 * be shown (its need was fulfilled, its role closed meanwhile), the errors and the way back.
 */
export async function retryPage(req: PayloadRequest, retry: Retry, form: Html | undefined): Promise<string> {
  const strings = ui(retry.locale).formRetry
  const body = form
    ? html`<article class="page">
<header class="page__header"><h1>${strings.title}</h1><p class="lead">${strings.intro}</p></header>
${form}
</article>`
    : await notSentArticle(req, retry.form, retry.locale, retry.errors)
  return formPage({ locale: retry.locale, title: form ? strings.title : strings.notSentTitle, organisation: await organisationName(req), body })
}
