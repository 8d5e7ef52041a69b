import { useEffect, useRef, useState } from 'react'
import { formatIban } from '../../../../domain/iban'
import { formatEuroCents } from '../../../../domain/money'
import { fillPlaceholders } from '../../../../domain/placeholders'
import { type StructuredCommunication, structuredCommunicationFor } from '../../../../domain/StructuredCommunication'
import { type DonateProps } from './types'

type Props = Pick<DonateProps, 'locale' | 'strings'> & { bank: NonNullable<DonateProps['bank']>; amountCents?: number }

/** Ten random digits, so that the bookkeeper can tell this transfer from others. */
function newCommunication(): StructuredCommunication {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2))
  return structuredCommunicationFor((BigInt(high) * 4_294_967_296n + BigInt(low)) % 10_000_000_000n)
}

/**
 * The account, a structured communication and an EPC QR code for the chosen amount, all
 * made in the browser: nothing is asked of any other server. Folded away until the
 * visitor opens it, and only then are the communication drawn and the QR code library
 * fetched: most donors give online and never pay for either. What opening adds appears
 * at the visitor's own request, so it moves nothing on its own (no layout shift), and the
 * QR code is drawn into a square kept for it.
 */
export function BankTransfer({ locale, strings, bank, amountCents }: Props) {
  const details = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(false)
  const [communication, setCommunication] = useState<StructuredCommunication>()
  const [qrSvg, setQrSvg] = useState<string>()

  // Opened before the island woke up: the toggle event has come and gone.
  useEffect(() => {
    if (details.current?.open) setOpen(true)
  }, [])

  useEffect(() => {
    if (open) setCommunication((current) => current ?? newCommunication())
  }, [open])

  useEffect(() => {
    setQrSvg(undefined)
    if (!open || !communication || !amountCents) return
    let current = true
    import('./epcQrSvg')
      .then(({ epcQrSvg }) => epcQrSvg({ beneficiaryName: bank.accountHolder, iban: bank.iban, bic: bank.bic, amountCents, remittance: communication }))
      .then((svg) => current && setQrSvg(svg))
      .catch(() => undefined) // The account details remain: a transfer can be made without the code.
    return () => {
      current = false
    }
  }, [open, communication, amountCents, bank])

  return (
    <section className="bank-transfer" aria-labelledby="bank-transfer-heading">
      <details ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
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
          {communication && (
            <div>
              <dt>{strings.communication}</dt>
              <dd className="bank-transfer__code" data-testid="structured-communication">
                {communication}
              </dd>
              <dd className="field__hint">{strings.communicationHint}</dd>
            </div>
          )}
        </dl>
        {amountCents ? (
          <figure className="bank-transfer__qr">
            {qrSvg ? (
              <div
                className="bank-transfer__qr-code"
                role="img"
                aria-label={fillPlaceholders(strings.qrLabel, { amount: formatEuroCents(amountCents, locale, 'whenAny') })}
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
      </details>
    </section>
  )
}
