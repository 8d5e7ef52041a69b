import type { PayloadRequest } from 'payload'
import { isValidIban } from '../../../domain/iban'

export type BankAccount = { accountHolder: string; iban: string; bic?: string }

/** The organisation's account, when it has a valid IBAN in Settings → Organisation (else no transfer can be asked for). */
export async function bankAccount(req: PayloadRequest): Promise<BankAccount | undefined> {
  const organisation = await req.payload.findGlobal({ slug: 'organisation', depth: 0, overrideAccess: true, req })
  const account = organisation.bankAccount ?? {}
  if (!account.iban || !isValidIban(account.iban)) return undefined
  return { accountHolder: account.accountHolder || organisation.name, iban: account.iban, bic: account.bic || undefined }
}
