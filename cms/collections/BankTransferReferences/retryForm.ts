import type { PayloadRequest } from 'payload'
import { ui } from '../../../site/i18n'
import { entriesOf } from '../../publicForms/retry/entries'
import { certificateLanguageChoice } from '../../publicForms/retry/donationForm'
import { checkbox, errorSummary, hidden, textField } from '../../publicForms/retry/fields'
import type { Retry } from '../../publicForms/retry/formNames'
import { type Html, html } from '../../publicForms/retry/html'
import { givingSettings } from '../../payments/settings'
import { bankAccount } from './account'

/**
 * The donate page's bank-transfer form (BankTransfer island) shown again with what was
 * typed and what is wrong; undefined when no account is set any more (nothing to ask for).
 */
export async function bankTransferForm(req: PayloadRequest, retry: Retry, token: string): Promise<Html | undefined> {
  if (!(await bankAccount(req))) return undefined
  const { locale, errors } = retry
  const strings = ui(locale).donate
  const values = entriesOf(retry.fields)
  const { taxCertificates } = await givingSettings(req)
  const fieldIds = { name: 'bankName', email: 'bankEmail', amountCents: 'bankAmount', taxCertificate: 'bankTaxCertificate', certificateLanguage: 'bankCertificateLanguage' }
  return html`<form class="bank-transfer__form" method="post" action="/api/bank-transfer-references?locale=${locale}" novalidate aria-labelledby="bank-transfer-heading">
<h2 id="bank-transfer-heading">${strings.bankHeading}</h2>
<p>${strings.bankFormIntro}</p>
${hidden('locale', locale)}${hidden('_retry', token)}
${errorSummary(strings.errorSummary, errors, fieldIds, 'bank-transfer-errors')}
${textField({ id: 'bankName', label: strings.name, value: values.text('bankName'), error: errors.name, autoComplete: 'name', required: true })}
${textField({ id: 'bankEmail', type: 'email', label: strings.email, value: values.text('bankEmail'), error: errors.email, autoComplete: 'email', inputMode: 'email', required: true })}
${textField({ id: 'bankAmount', label: strings.bankAmount, hint: strings.bankAmountHint, value: values.text('bankAmount'), error: errors.amountCents, inputMode: 'decimal' })}
${taxCertificates ? checkbox({ id: 'bankTaxCertificate', label: strings.bankTaxRequest, checked: values.has('bankTaxCertificate'), error: errors.taxCertificate }) : ''}
${taxCertificates ? html`<div class="bank-transfer__language">${certificateLanguageChoice({ id: 'bankCertificateLanguage', strings, locale, sent: values.text('bankCertificateLanguage'), error: errors.certificateLanguage })}</div>` : ''}
<button class="button button--primary" type="submit">${strings.bankSubmit}</button>
</form>`
}
