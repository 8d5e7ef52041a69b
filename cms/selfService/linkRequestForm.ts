import type { PayloadRequest } from 'payload'
import { ui } from '../../site/i18n'
import { entriesOf } from '../publicForms/retry/entries'
import { errorSummary, hidden, textField } from '../publicForms/retry/fields'
import type { Retry } from '../publicForms/retry/formNames'
import { type Html, html } from '../publicForms/retry/html'

/**
 * The link request form shown again by the CMS when a browser without script sent it
 * refused (an address that is not one): the site's own form (SelfServiceRequestView.astro),
 * with what was typed and why, posting to the same endpoint.
 */
export async function linkRequestForm(_req: PayloadRequest, retry: Retry, token: string): Promise<Html> {
  const { locale, errors } = retry
  const strings = ui(locale).selfService.request
  const values = entriesOf(retry.fields)
  return html`<form class="self-service-request" method="post" action="/api/self-service/request-link" novalidate>
${hidden('locale', locale)}${hidden('_retry', token)}
${errorSummary(ui(locale).needs.errorSummary, errors, { email: 'link-email' }, 'link-errors')}
${textField({ id: 'link-email', name: 'email', type: 'email', label: strings.email, value: values.text('email'), error: errors.email ?? errors._form, autoComplete: 'email', inputMode: 'email', required: true })}
<button class="button button--primary" type="submit">${strings.submit}</button>
</form>`
}
