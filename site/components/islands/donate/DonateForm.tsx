import { type FormEvent, useMemo, useRef, useState } from 'react'
import { chargedAmountCents, donationCheckoutSchema, type Frequency, parseEuroAmount } from '../../../../domain/forms/donation'
import { type FieldErrors, fieldErrors } from '../../../../domain/forms/errors'
import { Checkbox, ErrorSummary } from '../form/fields'
import { AmountPicker } from './AmountPicker'
import { BankTransfer } from './BankTransfer'
import { DonorDetails, type DonorState, emptyDonor } from './DonorDetails'
import { type DonateProps } from './types'
import { formatEuroCents } from '../../../../domain/money'
import { fillPlaceholders } from '../../../../domain/placeholders'

/**
 * The donate form: checked in the page with the same schema the server uses, then sent
 * to the CMS, which opens the payment page. Works with a keyboard and a screen reader:
 * errors are listed at the top (and focused), and each is tied to its field.
 */
export default function DonateForm(props: DonateProps) {
  const { locale, strings, rules, presets, mode, checkoutUrl, bank } = props
  const [frequency, setFrequency] = useState<Frequency>('once')
  const offered = useMemo(() => presets.filter((p) => p.frequency === 'both' || p.frequency === frequency), [presets, frequency])
  const [choice, setChoice] = useState<string>(offered[0] ? String(offered[0].amountCents) : 'other')
  const [otherAmount, setOtherAmount] = useState('')
  const [coverFees, setCoverFees] = useState(false)
  const [donor, setDonor] = useState<DonorState>(emptyDonor)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)

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
        ? { taxCertificate: { nationalRegisterNumber: donor.nationalRegisterNumber, street: donor.street, postalCode: donor.postalCode, city: donor.city } }
        : {}),
    }
  }

  function showErrors(found: FieldErrors) {
    setErrors(found)
    requestAnimationFrame(() => summaryRef.current?.focus())
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = donationCheckoutSchema(rules).safeParse(request())
    if (!parsed.success) return showErrors(fieldErrors(parsed.error, locale))
    setErrors({})
    setSubmitting(true)
    try {
      const response = await fetch(checkoutUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(parsed.data) })
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
  }

  return (
    <div className="donate">
      {mode === 'off' ? (
        <p className="notice">{strings.offline}</p>
      ) : (
        <form className="donate-form" onSubmit={submit} noValidate aria-labelledby="donate-form-heading">
          <h2 id="donate-form-heading">{strings.formHeading}</h2>
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
          <DonorDetails strings={strings} taxCertificates={rules.taxCertificates} donor={donor} errors={errors} onChange={(change) => setDonor((d) => ({ ...d, ...change }))} />
          <p className="field__hint">{strings.secure}</p>
          <button className="button button--primary" type="submit" disabled={submitting} aria-busy={submitting || undefined}>
            {submitting ? strings.submitting : strings.submit}
          </button>
        </form>
      )}
      {bank && <BankTransfer locale={locale} strings={strings} bank={bank} amountCents={amountCents} />}
    </div>
  )
}

