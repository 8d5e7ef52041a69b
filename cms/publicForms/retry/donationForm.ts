import type { PayloadRequest } from 'payload'
import { chargedAmountCents, parseEuroAmount } from '../../../domain/forms/amounts'
import { type Locale, localeNames } from '../../../domain/locales'
import { certificateLanguages, isCertificateLanguage, pageCertificateLanguage } from '../../../domain/tax/certificateLanguage'
import { formatEuroCents } from '../../../domain/money'
import { fillPlaceholders } from '../../../domain/placeholders'
import { ui } from '../../../site/i18n'
import { type GivingSettings, givingSettings } from '../../payments/settings'
import { givingMode } from '../../payments/stripeClient'
import { type Entries, entriesOf } from './entries'
import { checkbox, describedBy, errorSummary, fieldMessages, hidden, textField } from './fields'
import type { Retry } from './formNames'
import { flag, type Html, html } from './html'

type Preset = { amountCents: number; frequency: string }
type Strings = ReturnType<typeof ui>['donate']

/** The donate form shown again (DonateForm, AmountPicker and DonorDetails of the donate island), with what was typed. */
export async function donationForm(req: PayloadRequest, retry: Retry, token: string): Promise<Html> {
  const { locale, errors } = retry
  const strings = ui(locale).donate
  const values = entriesOf(retry.fields)
  const [rules, giving] = await Promise.all([givingSettings(req), req.payload.findGlobal({ slug: 'giving', locale, depth: 0, overrideAccess: true, req })])
  const frequency = values.text('frequency') === 'monthly' ? 'monthly' : 'once'
  const presets = ((giving.presetAmounts ?? []) as { amountEuros: number; frequency?: string | null; impact?: string | null }[])
    .map((preset) => ({ amountCents: Math.round(preset.amountEuros * 100), frequency: preset.frequency ?? 'both', impact: preset.impact ?? undefined }))
    .filter((preset) => preset.frequency === 'both' || preset.frequency === frequency)
  // A preset chosen for the other frequency is kept as the amount it was.
  const sent = values.text('amount')
  const isPreset = presets.some((preset) => String(preset.amountCents) === sent)
  const choice = isPreset || sent === 'other' ? sent : /^\d+$/.test(sent) ? 'other' : presets[0] ? String(presets[0].amountCents) : 'other'
  const otherAmount = choice === 'other' && sent !== 'other' && sent ? String(Number(sent) / 100) : values.text('otherAmount')
  const amountCents = choice === 'other' ? parseEuroAmount(otherAmount) : Number(choice)
  const fieldIds: Record<string, string> = {
    amountCents: choice === 'other' ? 'amountCents' : `amount-${choice}`,
    name: 'name',
    email: 'email',
    'tribute.kind': 'tribute-memory',
    'tribute.name': 'tributeName',
    'taxCertificate.nationalRegisterNumber': 'nationalRegisterNumber',
    'taxCertificate.street': 'street',
    'taxCertificate.postalCode': 'postalCode',
    'taxCertificate.city': 'city',
    'taxCertificate.language': 'certificateLanguage',
  }
  return html`<div class="donate"><form class="donate-form" method="post" action="/api/donations/checkout?locale=${locale}" novalidate aria-labelledby="donate-form-heading">
<h2 id="donate-form-heading">${strings.formHeading}</h2>
${hidden('locale', locale)}${hidden('_retry', token)}
${givingMode() === 'demo' ? html`<p class="notice notice--demo" role="note">${strings.demoBanner}</p>` : ''}
${errorSummary(strings.errorSummary, errors, fieldIds)}
<fieldset class="frequency"><legend>${strings.frequency}</legend>${(['once', 'monthly'] as const).map(
    (value) =>
      html`<div class="frequency__option"><input type="radio" id="frequency-${value}" name="frequency" value="${value}"${frequency === value ? html` checked` : ''}><label for="frequency-${value}">${strings[value]}</label></div>`,
  )}</fieldset>
${amounts({ locale, strings, rules, frequency, presets, choice, otherAmount, error: errors.amountCents })}
${
  rules.feeCoverPercent > 0
    ? checkbox({
        id: 'coverFees',
        label: fillPlaceholders(strings.coverFees, { percent: rules.feeCoverPercent }),
        checked: values.has('coverFees'),
        hint: amountCents ? fillPlaceholders(strings.total, { total: formatEuroCents(chargedAmountCents(amountCents, values.has('coverFees'), rules.feeCoverPercent), locale, 'whenAny') }) : undefined,
      })
    : ''
}
${donor(strings, locale, rules.taxCertificates, values, errors)}
<p class="field__hint">${strings.secure}</p>
<button class="button button--primary" type="submit">${strings.submit}</button>
</form></div>`
}

type AmountProps = { locale: Locale; strings: Strings; rules: GivingSettings; frequency: 'once' | 'monthly'; presets: (Preset & { impact?: string })[]; choice: string; otherAmount: string; error?: string }

function amounts({ locale, strings, rules, frequency, presets, choice, otherAmount, error }: AmountProps): Html {
  const label = (cents: number) => (frequency === 'monthly' ? fillPlaceholders(strings.perMonth, { amount: formatEuroCents(cents, locale, 'whenAny') }) : formatEuroCents(cents, locale, 'whenAny'))
  const hint = fillPlaceholders(strings.otherAmountHint, { min: formatEuroCents(rules.minimumCents, locale, 'whenAny'), max: formatEuroCents(rules.maximumCents, locale, 'whenAny') })
  const otherError = choice === 'other' ? error : undefined
  const options = presets.map((preset) => {
    const id = `amount-${preset.amountCents}`
    return html`<div class="amounts__preset"><input type="radio" id="${id}" name="amount" value="${String(preset.amountCents)}"${choice === String(preset.amountCents) ? html` checked` : ''}${preset.impact ? html` aria-describedby="${id}-impact"` : ''}><label for="${id}"><span class="amounts__value">${label(preset.amountCents)}</span>${preset.impact ? html`<span class="amounts__impact" id="${id}-impact">${preset.impact}</span>` : ''}</label></div>`
  })
  return html`<fieldset class="${error ? 'amounts field--invalid' : 'amounts'}"><legend>${strings.amount}</legend>
<div class="amounts__presets">${options}<div class="amounts__preset"><input type="radio" id="amount-other" name="amount" value="other"${choice === 'other' ? html` checked` : ''}><label for="amount-other"><span class="amounts__value">${strings.otherAmount}</span></label></div></div>
<div class="field amounts__other"><label for="amountCents">${strings.otherAmount}</label>${fieldMessages('amountCents', hint, otherError)}<input id="amountCents" name="otherAmount" inputmode="decimal" autocomplete="transaction-amount" value="${otherAmount}"${otherError ? html` aria-invalid="true"` : ''} aria-describedby="${describedBy('amountCents', hint, otherError)}"></div>
${choice !== 'other' && error ? html`<p class="field__error" id="amountCents-error">${error}</p>` : ''}
</fieldset>`
}

function donor(strings: Strings, locale: Locale, taxCertificates: boolean, values: Entries, errors: Record<string, string>): Html {
  const kind = values.text('tributeKind') === 'honour' ? 'honour' : 'memory'
  return html`${checkbox({ id: 'tributeOn', label: strings.tributeToggle, checked: values.has('tributeOn') })}
<fieldset class="tribute"><legend>${strings.tributeKind}</legend>${(['memory', 'honour'] as const).map(
    (value) =>
      html`<div class="frequency__option"><input type="radio" id="tribute-${value}" name="tributeKind" value="${value}"${kind === value ? html` checked` : ''}><label for="tribute-${value}">${value === 'memory' ? strings.inMemory : strings.inHonour}</label></div>`,
  )}${textField({ id: 'tributeName', label: strings.tributeName, value: values.text('tributeName'), error: errors['tribute.name'], required: true })}</fieldset>
<fieldset class="donor"><legend>${strings.yourDetails}</legend>
${textField({ id: 'name', label: strings.name, value: values.text('name'), error: errors.name, autoComplete: 'name', required: true })}
${textField({ id: 'email', type: 'email', label: strings.email, hint: strings.emailHint, value: values.text('email'), error: errors.email, autoComplete: 'email', inputMode: 'email', required: true })}
${checkbox({ id: 'anonymous', label: strings.anonymous, checked: values.has('anonymous') })}
${checkbox({ id: 'newsletter', label: strings.newsletter, checked: values.has('newsletter') })}
</fieldset>
${
  taxCertificates
    ? html`<fieldset class="tax-certificate"><legend>${strings.taxHeading}</legend><p class="field__hint">${strings.taxExplanation}</p>
${checkbox({ id: 'taxOn', label: strings.taxRequest, checked: values.has('taxOn') })}
<div class="tax-certificate__fields">
${textField({ id: 'nationalRegisterNumber', label: strings.nationalRegisterNumber, hint: strings.nationalRegisterNumberHint, value: values.text('nationalRegisterNumber'), error: errors['taxCertificate.nationalRegisterNumber'], inputMode: 'numeric', required: true })}
${textField({ id: 'street', label: strings.street, value: values.text('street'), error: errors['taxCertificate.street'], autoComplete: 'street-address', required: true })}
${textField({ id: 'postalCode', label: strings.postalCode, value: values.text('postalCode'), error: errors['taxCertificate.postalCode'], autoComplete: 'postal-code', inputMode: 'numeric', required: true })}
${textField({ id: 'city', label: strings.city, value: values.text('city'), error: errors['taxCertificate.city'], autoComplete: 'address-level2', required: true })}
${certificateLanguageChoice({ id: 'certificateLanguage', strings, locale, sent: values.text('certificateLanguage'), error: errors['taxCertificate.language'] })}
</div></fieldset>`
    : ''
}`
}

/**
 * The certificate's language as the donate island asks it (DonorDetails' CertificateLanguageChoice):
 * what the donor chose, else the page's own (none on an English page). Also the bank-transfer form's.
 */
export function certificateLanguageChoice({ id, strings, locale, sent, error }: { id: string; strings: Strings; locale: Locale; sent: string; error?: string }): Html {
  const chosen = isCertificateLanguage(sent) ? sent : pageCertificateLanguage(locale)
  const hint = strings.certificateLanguageHint
  const options = certificateLanguages.map((language, i) => {
    const optionId = i === 0 ? id : `${id}-${language}`
    return html`<div class="frequency__option"><input type="radio" id="${optionId}" name="${id}" value="${language}"${flag(chosen === language, 'checked')}${flag(Boolean(error), 'aria-invalid="true"')}><label for="${optionId}" lang="${language}">${localeNames[language]}</label></div>`
  })
  return html`<fieldset class="${error ? 'tax-certificate__language field--invalid' : 'tax-certificate__language'}" role="radiogroup" aria-required="true" aria-describedby="${describedBy(id, hint, error) ?? ''}"><legend>${strings.certificateLanguage}</legend>${fieldMessages(id, hint, error)}${options}</fieldset>`
}
