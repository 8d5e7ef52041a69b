import { parseEuroAmount } from '../../../domain/forms/amounts'

/**
 * The bank-transfer form as a browser sends it without script (urlencoded, a ticked box
 * "on", an unticked one absent), as the island's JSON: the same schema then checks it.
 * An amount that cannot be read becomes NaN, which the schema refuses with its message.
 */
export function bankTransferFromForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : undefined
  }
  const amount = text('bankAmount')?.trim()
  return {
    locale: text('locale'),
    name: text('bankName'),
    email: text('bankEmail')?.trim(),
    ...(amount ? { amountCents: parseEuroAmount(amount) ?? Number.NaN } : {}),
    // The language counts only while the box is ticked, as in the island.
    ...(['on', 'true', '1', 'yes'].includes(String(form.get('bankTaxCertificate') ?? '')) ? { taxCertificate: true, certificateLanguage: text('bankCertificateLanguage') } : {}),
  }
}
