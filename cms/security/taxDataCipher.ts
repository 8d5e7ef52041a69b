import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * Encryption at rest for donors' tax data (the national register number): AES-256-GCM,
 * a random 96-bit IV per value, and the id of the key in the stored value, so that keys
 * can rotate: a value names the key that sealed it, and any key still in the ring opens
 * it. The stored form is `enc1:<key id>:<iv>:<ciphertext and tag>` (base64url), which no
 * national register number, however it is typed, can look like.
 *
 * Pure functions of a keyring; where the keys come from is taxDataKeys.ts.
 */
export type TaxDataKeyring = {
  /** The key new values are sealed with: the first one listed. */
  current: { id: string; key: Buffer }
  /** Every key that may still open a stored value, by id. */
  keys: ReadonlyMap<string, Buffer>
}

/** A keyring that cannot be used: the message names the entry, never the key itself. */
export class TaxDataKeyError extends Error {}

/** A stored value that no key in the ring opens: an unknown key id, a changed byte, a broken form. */
export class TaxDataDecryptionError extends Error {}

const version = 'enc1'
const ivBytes = 12
const tagBytes = 16
const keyBytes = 32
const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/
const storedPattern = /^enc1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22,})$/

/**
 * `id:base64key` entries separated by commas (or new lines), e.g. `2026b:…,2026a:…`; the
 * first one seals new values, the others only open older ones. Each key is 32 random bytes
 * in base64 (`openssl rand -base64 32`).
 */
export function parseTaxDataKeys(text: string): TaxDataKeyring {
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) throw new TaxDataKeyError('no key is listed: give at least one `id:base64key` entry.')
  const keys = new Map<string, Buffer>()
  for (const entry of entries) {
    const colon = entry.indexOf(':')
    const id = colon > 0 ? entry.slice(0, colon) : ''
    if (!keyIdPattern.test(id)) throw new TaxDataKeyError(`an entry has no valid key id before its colon (letters, digits, - and _, at most 32): write \`id:base64key\`.`)
    if (keys.has(id)) throw new TaxDataKeyError(`the key id "${id}" is listed twice.`)
    const encoded = entry.slice(colon + 1).trim()
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0)
    if (key.length !== keyBytes) throw new TaxDataKeyError(`the key "${id}" is not ${keyBytes} bytes in base64 (make one with \`openssl rand -base64 32\`).`)
    keys.set(id, key)
  }
  const [firstId] = keys.keys()
  return { current: { id: firstId!, key: keys.get(firstId!)! }, keys }
}

/** A new `id:base64key` entry, 32 random bytes. */
export function newTaxDataKeyEntry(id: string): string {
  if (!keyIdPattern.test(id)) throw new TaxDataKeyError(`"${id}" is not a valid key id.`)
  return `${id}:${randomBytes(keyBytes).toString('base64')}`
}

/** Whether a stored value is sealed (else it is a number stored before encryption, or nothing). */
export function isSealedTaxData(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${version}:`)
}

/** The id of the key that sealed a stored value. */
export function sealingKeyId(stored: string): string | undefined {
  return storedPattern.exec(stored)?.[1]
}

/**
 * Seals one value with the ring's current key. `purpose` is bound to the ciphertext (GCM's
 * associated data), so a value sealed for one purpose never opens as another.
 */
export function sealTaxData(plain: string, keyring: TaxDataKeyring, purpose: string): string {
  const iv = randomBytes(ivBytes)
  const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv, { authTagLength: tagBytes })
  cipher.setAAD(Buffer.from(`${version}:${purpose}`, 'utf8'))
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `${version}:${keyring.current.id}:${iv.toString('base64url')}:${sealed.toString('base64url')}`
}

/** Opens a stored value, or throws TaxDataDecryptionError: nothing altered or unknown is ever returned. */
export function openTaxData(stored: string, keyring: TaxDataKeyring, purpose: string): string {
  const parts = storedPattern.exec(stored)
  if (!parts) throw new TaxDataDecryptionError('not a sealed value')
  const [, id, ivText, sealedText] = parts
  const key = keyring.keys.get(id!)
  if (!key) throw new TaxDataDecryptionError(`sealed with the key "${id}", which is not in TAX_DATA_KEYS`)
  const iv = Buffer.from(ivText!, 'base64url')
  const sealed = Buffer.from(sealedText!, 'base64url')
  if (iv.length !== ivBytes || sealed.length < tagBytes) throw new TaxDataDecryptionError('not a sealed value')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes })
    decipher.setAAD(Buffer.from(`${version}:${purpose}`, 'utf8'))
    decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes))
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - tagBytes)), decipher.final()]).toString('utf8')
  } catch {
    throw new TaxDataDecryptionError(`the value sealed with the key "${id}" does not authenticate: it was altered, or the key is not the one that sealed it`)
  }
}
