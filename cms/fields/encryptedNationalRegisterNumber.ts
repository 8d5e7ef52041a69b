import { APIError, type FieldHook, type TextField } from 'payload'
import { hasRole } from '../access/roles'
import { label, message } from '../i18n/label'
import { isSealedTaxData, openTaxData, sealingKeyId, sealTaxData } from '../security/taxDataCipher'
import { taxDataKeyring } from '../security/taxDataKeys'

/**
 * A donor's national register (or BIS) number, stored sealed (AES-256-GCM,
 * cms/security/taxDataCipher.ts) in every collection that keeps one: the database, its
 * backups and its exports of rows never hold the number itself.
 *
 * - Written (any API, the admin, code): a number typed is sealed with the current key; a
 *   value already sealed (a gift copied from its monthly gift, a record read and written
 *   back by code) is kept as it is, once a key of ours is shown to open it.
 * - Read by finance or an administrator: opened. Read by code with `overrideAccess` and no
 *   such user (the webhook, self-service): the sealed value, which it can copy but not
 *   read. Anyone else: nothing (the group's field access denies them too).
 *
 * Code that must print the number (a certificate, the Belcotax file) opens it with
 * `revealNationalRegisterNumber`.
 */
const purpose = 'national-register-number'

/** Marks the fields sealed this way, for the rotation script (scripts/rotateTaxData.ts). */
export const sealedFieldMarker = 'sealedTaxData'

export const encryptedNationalRegisterNumberField: TextField = {
  name: 'nationalRegisterNumber',
  label: label('taxCertificate.nationalRegisterNumber'),
  type: 'text',
  custom: { [sealedFieldMarker]: true },
  // Filtering or sorting on ciphertext means nothing.
  admin: { description: label('taxCertificate.nationalRegisterNumber.description'), disableListFilter: true, disableListColumn: true },
  hooks: {
    beforeChange: [({ value, previousValue, req }) => sealOnWrite(value, previousValue, req)],
    afterRead: [({ value, req, overrideAccess }) => openForFinance(value, req, overrideAccess)],
  },
}

type Req = Parameters<FieldHook>[0]['req']

function sealOnWrite(value: unknown, previousValue: unknown, req: Req): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value
  if (!isSealedTaxData(value)) return sealTaxData(value, taxDataKeyring(), purpose)
  // Unchanged (even one whose key is gone: finance saving the record keeps it as it was).
  if (value === previousValue) return value
  try {
    openTaxData(value, taxDataKeyring(), purpose)
    return value
  } catch {
    throw new APIError(message(req, 'taxCertificate.sealedValueRefused'), 400, null, true)
  }
}

function openForFinance(value: unknown, req: Req, overrideAccess: boolean | undefined): unknown {
  if (typeof value !== 'string' || value === '') return value
  if (hasRole(req.user, 'finance')) {
    // A number stored before encryption existed reads as it is, until the rotation script seals it.
    if (!isSealedTaxData(value)) return value
    try {
      return openTaxData(value, taxDataKeyring(), purpose)
    } catch (error) {
      // Shown sealed rather than empty, so that saving the record cannot erase it.
      req.payload.logger.error({ msg: `A national register number could not be opened: ${(error as Error).message}` })
      return value
    }
  }
  return overrideAccess ? value : null
}

/** The number itself, for server code that prints it (certificates, Belcotax); throws when no key opens it. */
export function revealNationalRegisterNumber(stored: string | null | undefined): string | undefined {
  if (!stored) return undefined
  return isSealedTaxData(stored) ? openTaxData(stored, taxDataKeyring(), purpose) : stored
}

/** The number sealed with the current key, or undefined when it already is (the rotation's one step). */
export function resealNationalRegisterNumber(stored: string): string | undefined {
  const keyring = taxDataKeyring()
  if (isSealedTaxData(stored) && sealingKeyId(stored) === keyring.current.id) return undefined
  const plain = isSealedTaxData(stored) ? openTaxData(stored, keyring, purpose) : stored
  return sealTaxData(plain, keyring, purpose)
}
