import QRCode from 'qrcode'
import { type EpcTransfer, epcQrPayload } from '../../../../domain/epcQrPayload'

/**
 * An EPC QR code as SVG markup. Its own module so that the QR code library is fetched
 * only when a visitor opens the bank-transfer details (BankTransfer imports it then).
 */
export function epcQrSvg(transfer: EpcTransfer): Promise<string> {
  return QRCode.toString(epcQrPayload(transfer), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
}
