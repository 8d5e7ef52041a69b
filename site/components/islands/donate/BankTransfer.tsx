import { type FormEvent, useEffect, useRef, useState } from 'react'
import { parseEuroAmount } from '../../../../domain/forms/amounts'
import type { FieldErrors } from '../../../../domain/forms/errors'
import { formatIban } from '../../../../domain/iban'
import { type CertificateLanguage, isCertificateLanguage, pageCertificateLanguage } from '../../../../domain/tax/certificateLanguage'
import { formatEuroCents } from '../../../../domain/money'
import { fillPlaceholders } from '../../../../domain/placeholders'
import { Checkbox, ErrorSummary, TextField } from '../form/fields'
import { useEarlyInput } from '../form/earlyInput'
import { useFocusWhenShown } from '../form/focusWhenShown'
import { useOnDemand } from '../form/onDemand'
import { CertificateLanguageChoice } from './DonorDetails'
import { taxReductionText } from './taxReductionText'
import { type DonateProps } from './types'

type Props = Pick<DonateProps, 'locale' | 'strings' | 'rules'> & { bank: NonNullable<DonateProps['bank']>; amountCents?: number }

type Issued = { communication: string; amountCents?: number }

/**
 * The account, and a structured communication of the donor's own: the donor says who they
 * are, the CMS issues the communication (POST /api/bank-transfer-references) and keeps
 * it with their name, email and language, so that when finance uploads the bank
 * statement their transfer becomes their gift and they are thanked by email. Then an EPC
 * QR code for the amount. Without script the same form is posted by the browser and the
 * CMS answers with a page showing the same details. Folded away until opened, and the QR
 * code library is fetched only once there is something to draw: most donors give online.
 */
export function BankTransfer({ locale, strings, rules, bank, amountCents: chosenAmountCents }: Props) {
  const details = useRef<HTMLDetailsElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const focusSummary = useFocusWhenShown(summaryRef)
  const resultRef = useRef<HTMLDivElement>(null)
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [amount, setAmount] = useState('')
  const [taxCertificate, setTaxCertificate] = useState(false)
  const [certificateLanguage, setCertificateLanguage] = useState<CertificateLanguage | ''>(pageCertificateLanguage(locale) ?? '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const [issued, setIssued] = useState<Issued>()
  const [qrSvg, setQrSvg] = useState<string>()
  const checks = useOnDemand(() => import('./checkBankTransfer'))
  const reduction = rules.taxReduction
  const formRef = useRef<HTMLFormElement>(null)

  // What the visitor typed before the island woke up (see form/earlyInput.ts).
  useEarlyInput(formRef, (early) => {
    setName((current) => early.text('bankName') ?? current)
    setEmail((current) => early.text('bankEmail') ?? current)
    setAmount((current) => early.text('bankAmount') ?? current)
    setTaxCertificate((current) => early.checked('bankTaxCertificate') ?? current)
    setCertificateLanguage((current) => early.chosen('bankCertificateLanguage').find(isCertificateLanguage) ?? current)
  })

  // The amount typed here, else the one chosen in the online form above.
  const typedCents = amount.trim() ? parseEuroAmount(amount) : undefined
  const qrAmountCents = issued?.amountCents ?? (amount.trim() ? typedCents : chosenAmountCents)

  useEffect(() => {
    if (issued) resultRef.current?.focus()
  }, [issued])

  useEffect(() => {
    setQrSvg(undefined)
    if (!issued || !qrAmountCents) return
    let current = true
    import('./epcQrSvg')
      .then(({ epcQrSvg }) => epcQrSvg({ beneficiaryName: bank.accountHolder, iban: bank.iban, bic: bank.bic, amountCents: qrAmountCents, remittance: issued.communication }))
      .then((svg) => current && setQrSvg(svg))
      .catch(() => undefined) // The account details remain: a transfer can be made without the code.
    return () => {
      current = false
    }
  }, [issued, qrAmountCents, bank])

  function request() {
    const cents = amount.trim() ? (typedCents ?? Number.NaN) : chosenAmountCents
    return { locale, name, email: email.trim(), ...(cents !== undefined ? { amountCents: cents } : {}), ...(reduction && taxCertificate ? { taxCertificate: true, ...(certificateLanguage ? { certificateLanguage } : {}) } : {}) }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const bankRules = { minimumCents: rules.minimumCents, maximumCents: rules.maximumCents, taxCertificates: rules.taxCertificates }
    const checked = await checks().then(({ checkBankTransfer }) => checkBankTransfer(bankRules, request(), locale), () => undefined)
    if (checked && !checked.ok) {
      setErrors(checked.errors)
      return focusSummary()
    }
    setErrors({})
    setSubmitting(true)
    try {
      const response = await fetch(bank.requestUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(checked ? checked.data : request()) })
      const body = (await response.json().catch(() => ({}))) as { communication?: string; amountCents?: number | null; errors?: FieldErrors }
      if (response.ok && body.communication) {
        setIssued({ communication: body.communication, amountCents: body.amountCents ?? undefined })
      } else {
        setErrors(body.errors ?? { _form: strings.networkError })
        focusSummary()
      }
    } catch {
      setErrors({ _form: strings.networkError })
      focusSummary()
    }
    setSubmitting(false)
  }

  const fieldIds = { name: 'bankName', email: 'bankEmail', amountCents: 'bankAmount', taxCertificate: 'bankTaxCertificate', certificateLanguage: 'bankCertificateLanguage' }

  return (
    <section className="bank-transfer" aria-labelledby="bank-transfer-heading">
      <details ref={details}>
        <summary>
          <h2 id="bank-transfer-heading">{strings.bankHeading}</h2>
        </summary>
        <p>{strings.bankIntro}</p>
        <dl className="bank-transfer__details">
          <div>
            <dt>{strings.accountHolder}</dt>
            <dd>{bank.accountHolder}</dd>
          </div>
          <div>
            <dt>{strings.iban}</dt>
            <dd className="bank-transfer__code">{formatIban(bank.iban)}</dd>
          </div>
          {bank.bic && (
            <div>
              <dt>{strings.bic}</dt>
              <dd className="bank-transfer__code">{bank.bic}</dd>
            </div>
          )}
          {issued && (
            <div>
              <dt>{strings.communication}</dt>
              <dd className="bank-transfer__code" data-testid="structured-communication">
                {issued.communication}
              </dd>
              <dd className="field__hint">{strings.communicationHint}</dd>
            </div>
          )}
        </dl>
        {issued ? (
          <div ref={resultRef} tabIndex={-1} role="status">
            <p>{strings.bankDetailsText}</p>
            {qrAmountCents ? (
              <figure className="bank-transfer__qr">
                {qrSvg ? (
                  <div
                    className="bank-transfer__qr-code"
                    role="img"
                    aria-label={fillPlaceholders(strings.qrLabel, { amount: formatEuroCents(qrAmountCents, locale, 'whenAny') })}
                    data-testid="epc-qr"
                    dangerouslySetInnerHTML={{ __html: qrSvg }}
                  />
                ) : (
                  <div className="bank-transfer__qr-code" aria-hidden="true" />
                )}
                <figcaption>{strings.qrHint}</figcaption>
              </figure>
            ) : (
              <p className="field__hint">{strings.chooseAmountForQr}</p>
            )}
          </div>
        ) : (
          <form ref={formRef} className="bank-transfer__form" method="post" action={bank.requestUrl} onSubmit={submit} noValidate aria-labelledby="bank-transfer-heading">
            <input type="hidden" name="locale" value={locale} />
            <p>{strings.bankFormIntro}</p>
            <ErrorSummary heading={strings.errorSummary} errors={errors} fieldIds={fieldIds} summaryRef={summaryRef} headingId="bank-transfer-errors" />
            <TextField id="bankName" label={strings.name} value={name} onChange={setName} error={errors.name} autoComplete="name" required />
            <TextField id="bankEmail" type="email" label={strings.email} value={email} onChange={setEmail} error={errors.email} autoComplete="email" inputMode="email" required />
            <TextField id="bankAmount" label={strings.bankAmount} hint={strings.bankAmountHint} value={amount} onChange={setAmount} error={errors.amountCents} inputMode="decimal" />
            {reduction && (
              <Checkbox
                id="bankTaxCertificate"
                label={strings.bankTaxRequest}
                hint={taxReductionText(strings.taxReduction, reduction, locale)}
                checked={taxCertificate}
                onChange={setTaxCertificate}
                error={errors.taxCertificate}
              />
            )}
            {/* In the page even unticked, shown by CSS while the box is ticked (giving.css): without script too. */}
            {reduction && (
              <div className="bank-transfer__language">
                <CertificateLanguageChoice id="bankCertificateLanguage" strings={strings} chosen={certificateLanguage} error={errors.certificateLanguage} onChange={setCertificateLanguage} />
              </div>
            )}
            <button className="button button--primary" type="submit" disabled={submitting} aria-busy={submitting || undefined}>
              {submitting ? strings.submitting : strings.bankSubmit}
            </button>
          </form>
        )}
      </details>
    </section>
  )
}
