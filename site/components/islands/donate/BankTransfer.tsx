import QRCode from 'qrcode'
import { useEffect, useState } from 'react'
import { epcQrPayload } from '../../../../domain/epcQrPayload'
import { formatIban } from '../../../../domain/iban'
import { type StructuredCommunication, structuredCommunicationFor } from '../../../../domain/StructuredCommunication'
import { type DonateProps } from './types'
import { formatEuroCents } from '../../../../domain/money'
import { fillPlaceholders } from '../../../../domain/placeholders'

type Props = Pick<DonateProps, 'locale' | 'strings'> & { bank: NonNullable<DonateProps['bank']>; amountCents?: number }

/** Ten random digits, so that the bookkeeper can tell this transfer from others. */
function newCommunication(): StructuredCommunication {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2))
  return structuredCommunicationFor((BigInt(high) * 4_294_967_296n + BigInt(low)) % 10_000_000_000n)
}

/**
 * The account, a structured communication and an EPC QR code for the chosen amount, all
 * made in the browser: nothing is asked of any other server.
 */
export function BankTransfer({ locale, strings, bank, amountCents }: Props) {
  const [communication, setCommunication] = useState<StructuredCommunication>()
  const [qrSvg, setQrSvg] = useState<string>()

  useEffect(() => setCommunication(newCommunication()), [])

  useEffect(() => {
    if (!communication || !amountCents) {
      setQrSvg(undefined)
      return
    }
    const payload = epcQrPayload({ beneficiaryName: bank.accountHolder, iban: bank.iban, bic: bank.bic, amountCents, remittance: communication })
    let current = true
    QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => current && setQrSvg(svg))
    return () => {
      current = false
    }
  }, [communication, amountCents, bank])

  return (
    <section className="bank-transfer" aria-labelledby="bank-transfer-heading">
      <h2 id="bank-transfer-heading">{strings.bankHeading}</h2>
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
      {qrSvg && amountCents ? (
        <figure className="bank-transfer__qr">
          <div role="img" aria-label={fillPlaceholders(strings.qrLabel, { amount: formatEuroCents(amountCents, locale, 'whenAny') })} data-testid="epc-qr" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption>{strings.qrHint}</figcaption>
        </figure>
      ) : (
        <p className="field__hint">{strings.chooseAmountForQr}</p>
      )}
    </section>
  )
}
