import { normaliseIban } from './iban'

/**
 * The text of an EPC QR code ("SEPA credit transfer" QR, service tag BCD, version 002),
 * which a banking app reads to fill in a transfer. Lines in a fixed order; optional ones
 * stay as empty lines, and trailing empty lines are dropped.
 */
export type EpcTransfer = {
  beneficiaryName: string
  iban: string
  bic?: string
  amountCents?: number
  /** Free text for the beneficiary; a Belgian +++…+++ communication is recognised by Belgian banks here. */
  remittance?: string
}

export function epcQrPayload(transfer: EpcTransfer): string {
  const name = transfer.beneficiaryName.trim().slice(0, 70)
  if (!name) throw new Error('An EPC QR code needs the beneficiary name.')
  const amount = transfer.amountCents && transfer.amountCents > 0 ? `EUR${(transfer.amountCents / 100).toFixed(2)}` : ''
  if (transfer.amountCents && transfer.amountCents > 99_999_999_999) throw new RangeError('Amount too large for an EPC QR code.')
  const lines = [
    'BCD',
    '002',
    '1', // UTF-8
    'SCT',
    (transfer.bic ?? '').trim().toUpperCase(),
    name,
    normaliseIban(transfer.iban),
    amount,
    'CHAR', // purpose: charitable payment
    '', // structured creditor reference (ISO 11649): unused, see remittance
    (transfer.remittance ?? '').slice(0, 140),
  ]
  while (lines.at(-1) === '') lines.pop()
  return lines.join('\n')
}
