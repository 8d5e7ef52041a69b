import { type FormEvent, useMemo, useRef, useState } from 'react'
import { chargedAmountCents, parseEuroAmount } from '../../../../domain/forms/amounts'
import type { Frequency } from '../../../../domain/forms/donation'
import type { FieldErrors } from '../../../../domain/forms/errors'
import { useEarlyInput } from '../form/earlyInput'
import { Checkbox, ErrorSummary } from '../form/fields'
import { useFocusWhenShown } from '../form/focusWhenShown'
import { useOnDemand } from '../form/onDemand'
import { AmountPicker } from './AmountPicker'
import { BankTransfer } from './BankTransfer'
import { DonorDetails, type DonorState, emptyDonor } from './DonorDetails'
import { taxReductionText } from './taxReductionText'
import { type DonateProps } from './types'
import { formatEuroCents } from '../../../../domain/money'
import { fillPlaceholders } from '../../../../domain/placeholders'
import { isCertificateLanguage, pageCertificateLanguage } from '../../../../domain/tax/certificateLanguage'

/**
 * The donate form: checked in the page with the same schema the server uses, then sent
 * to the CMS, which opens the payment page. Works with a keyboard and a screen reader:
 * errors are listed at the top (and focused), and each is tied to its field. The checks
 * are fetched when the visitor starts on the form, not with the page. Without script, the
 * browser posts the same form itself (urlencoded) and the CMS answers with a redirect.
 */
export default function DonateForm(props: DonateProps) {
  const { locale, strings, rules, presets, mode, checkoutUrl, bank } = props
  const [frequency, setFrequency] = useState<Frequency>('once')
  const offered = useMemo(() => presets.filter((p) => p.frequency === 'both' || p.frequency === frequency), [presets, frequency])
  const [choice, setChoice] = useState<string>(offered[0] ? String(offered[0].amountCents) : 'other')
  const [otherAmount, setOtherAmount] = useState('')
  const [coverFees, setCoverFees] = useState(false)
  // The page's own language is preselected for the certificate; an English page leaves the choice open.
  const [donor, setDonor] = useState<DonorState>(() => ({ ...emptyDonor, certificateLanguage: pageCertificateLanguage(locale) ?? '' }))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const focusSummary = useFocusWhenShown(summaryRef)
  const checks = useOnDemand(() => import('./checkDonation'))
  const prepareChecks = () => void checks().catch(() => undefined)

  // What the visitor chose or typed before the island woke up (see form/earlyInput.ts).
  useEarlyInput(formRef, (early) => {
    const [chosenFrequency] = early.chosen('frequency')
    if (chosenFrequency === 'once' || chosenFrequency === 'monthly') setFrequency(chosenFrequency)
    const [chosenAmount] = early.chosen('amount')
    if (chosenAmount) setChoice(chosenAmount)
    setOtherAmount((current) => early.text('amountCents') ?? current)
    setCoverFees((current) => early.checked('coverFees') ?? current)
    setDonor((current) => ({
      ...current,
      name: early.text('name') ?? current.name,
      email: early.text('email') ?? current.email,
      anonymous: early.checked('anonymous') ?? current.anonymous,
      newsletter: early.checked('newsletter') ?? current.newsletter,
      tributeOn: early.checked('tributeOn') ?? current.tributeOn,
      tributeKind: early.chosen('tributeKind')[0] === 'honour' ? 'honour' : current.tributeKind,
      tributeName: early.text('tributeName') ?? current.tributeName,
      taxOn: early.checked('taxOn') ?? current.taxOn,
      nationalRegisterNumber: early.text('nationalRegisterNumber') ?? current.nationalRegisterNumber,
      street: early.text('street') ?? current.street,
      postalCode: early.text('postalCode') ?? current.postalCode,
      city: early.text('city') ?? current.city,
      certificateLanguage: early.chosen('certificateLanguage').find(isCertificateLanguage) ?? current.certificateLanguage,
    }))
  })

  const amountCents = choice === 'other' ? parseEuroAmount(otherAmount) : Number(choice)
  const total = amountCents ? chargedAmountCents(amountCents, coverFees, rules.feeCoverPercent) : undefined

  function request() {
    return {
      amountCents,
      frequency,
      locale,
      name: donor.name,
      email: donor.email.trim(),
      coverFees,
      anonymous: donor.anonymous,
      newsletter: donor.newsletter,
      ...(donor.tributeOn ? { tribute: { kind: donor.tributeKind, name: donor.tributeName } } : {}),
      ...(rules.taxCertificates && donor.taxOn
        ? {
            taxCertificate: {
              nationalRegisterNumber: donor.nationalRegisterNumber,
              street: donor.street,
              postalCode: donor.postalCode,
              city: donor.city,
              ...(donor.certificateLanguage ? { language: donor.certificateLanguage } : {}),
            },
          }
        : {}),
    }
  }

  function showErrors(found: FieldErrors) {
    setErrors(found)
    focusSummary()
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    // Checks that could not be fetched leave the checking to the server, which runs the same.
    const checked = await checks().then(({ checkDonation }) => checkDonation(rules, request(), locale), () => undefined)
    if (checked && !checked.ok) return showErrors(checked.errors)
    setErrors({})
    setSubmitting(true)
    try {
      const response = await fetch(checkoutUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(checked ? checked.data : request()) })
      const body = (await response.json().catch(() => ({}))) as { url?: string; errors?: FieldErrors }
      if (response.ok && body.url) {
        window.location.assign(body.url)
        return
      }
      showErrors(body.errors ?? { _form: strings.networkError })
    } catch {
      showErrors({ _form: strings.networkError })
    }
    setSubmitting(false)
  }

  const fieldIds: Record<string, string> = {
    amountCents: choice === 'other' ? 'amountCents' : `amount-${choice}`,
    name: 'name',
    email: 'email',
    'tribute.name': 'tributeName',
    'taxCertificate.nationalRegisterNumber': 'nationalRegisterNumber',
    'taxCertificate.street': 'street',
    'taxCertificate.postalCode': 'postalCode',
    'taxCertificate.city': 'city',
    'taxCertificate.language': 'certificateLanguage',
  }

  return (
    <div className="donate">
      {mode === 'off' ? (
        <p className="notice">{strings.offline}</p>
      ) : (
        <form ref={formRef} className="donate-form" method="post" action={checkoutUrl} onSubmit={submit} onFocus={prepareChecks} onInput={prepareChecks} noValidate aria-labelledby="donate-form-heading">
          <h2 id="donate-form-heading">{strings.formHeading}</h2>
          <input type="hidden" name="locale" value={locale} />
          {mode === 'demo' && (
            <p className="notice notice--demo" role="note">
              {strings.demoBanner}
            </p>
          )}
          <ErrorSummary heading={strings.errorSummary} errors={errors} fieldIds={fieldIds} summaryRef={summaryRef} />
          <fieldset className="frequency">
            <legend>{strings.frequency}</legend>
            {(['once', 'monthly'] as const).map((value) => (
              <div className="frequency__option" key={value}>
                <input type="radio" id={`frequency-${value}`} name="frequency" value={value} checked={frequency === value} onChange={() => setFrequency(value)} />
                <label htmlFor={`frequency-${value}`}>{strings[value]}</label>
              </div>
            ))}
          </fieldset>
          <AmountPicker
            locale={locale}
            strings={strings}
            rules={rules}
            frequency={frequency}
            presets={offered}
            choice={choice}
            otherAmount={otherAmount}
            error={errors.amountCents}
            onChoice={setChoice}
            onOtherAmount={setOtherAmount}
          />
          {rules.feeCoverPercent > 0 && (
            <Checkbox
              id="coverFees"
              label={fillPlaceholders(strings.coverFees, { percent: rules.feeCoverPercent })}
              checked={coverFees}
              onChange={setCoverFees}
              hint={total ? fillPlaceholders(strings.total, { total: formatEuroCents(total, locale, 'whenAny') }) : undefined}
            />
          )}
          <DonorDetails strings={strings} taxCertificates={rules.taxCertificates} taxNote={rules.taxReduction && taxReductionText(strings.taxReduction, rules.taxReduction, locale)} donor={donor} errors={errors} onChange={(change) => setDonor((d) => ({ ...d, ...change }))} />
          <p className="field__hint">{strings.secure}</p>
          <button className="button button--primary" type="submit" disabled={submitting} aria-busy={submitting || undefined}>
            {submitting ? strings.submitting : strings.submit}
          </button>
        </form>
      )}
      {bank && <BankTransfer locale={locale} strings={strings} rules={rules} bank={bank} amountCents={amountCents} />}
    </div>
  )
}

