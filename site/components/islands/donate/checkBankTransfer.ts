import { type BankTransferRules, bankTransferReferenceSchema } from '../../../../domain/forms/bankTransfer'
import type { Locale } from '../../../../domain/locales'
import { check } from '../form/check'

/** The bank-transfer form's checks, fetched by BankTransfer when the visitor sends it (zod is most of their weight). */
export function checkBankTransfer(rules: BankTransferRules, request: unknown, locale: Locale) {
  return check(bankTransferReferenceSchema(rules), request, locale)
}
