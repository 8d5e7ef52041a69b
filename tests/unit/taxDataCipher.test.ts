import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isSealedTaxData, newTaxDataKeyEntry, openTaxData, parseTaxDataKeys, sealingKeyId, sealTaxData, TaxDataDecryptionError, TaxDataKeyError } from '../../cms/security/taxDataCipher'

/** The sealing of national register numbers at rest: AES-256-GCM, key ids, rotation. */
const purpose = 'national-register-number'
const number = '85.07.30-033.28'
const key = () => randomBytes(32).toString('base64')
const oldKey = `2025:${key()}`
const newKey = `2026:${key()}`

describe('tax data sealed at rest', () => {
  it('opens what it sealed, and never shows the number or repeats an IV', () => {
    const ring = parseTaxDataKeys(oldKey)
    const sealed = [sealTaxData(number, ring, purpose), sealTaxData(number, ring, purpose)]
    for (const value of sealed) {
      expect(value).toMatch(/^enc1:2025:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/)
      expect(value).not.toContain('850730')
      expect(isSealedTaxData(value)).toBe(true)
      expect(sealingKeyId(value)).toBe('2025')
      expect(openTaxData(value, ring, purpose)).toBe(number)
    }
    // A random IV each time: the same number never gives the same stored value.
    expect(sealed[0]).not.toBe(sealed[1])
    expect(sealed[0]!.split(':')[2]).not.toBe(sealed[1]!.split(':')[2])
    expect(isSealedTaxData(number)).toBe(false)
    expect(isSealedTaxData('85073003328')).toBe(false)
  })

  it('detects any change to the IV, the ciphertext, the tag or the purpose', () => {
    const ring = parseTaxDataKeys(oldKey)
    const sealed = sealTaxData(number, ring, purpose)
    const [version, id, iv, data] = sealed.split(':') as [string, string, string, string]
    const flip = (text: string, at: number) => {
      const bytes = Buffer.from(text, 'base64url')
      bytes[at] = bytes[at]! ^ 1
      return bytes.toString('base64url')
    }
    const data0 = Buffer.from(data, 'base64url')
    for (const altered of [
      [version, id, flip(iv, 0), data].join(':'),
      [version, id, iv, flip(data, 0)].join(':'),
      [version, id, iv, flip(data, data0.length - 1)].join(':'),
      [version, id, iv, Buffer.from(data0.subarray(0, data0.length - 1)).toString('base64url')].join(':'),
      [version, id, iv].join(':'),
      'enc1:2025:garbage',
    ]) {
      expect(() => openTaxData(altered, ring, purpose), altered).toThrow(TaxDataDecryptionError)
    }
    expect(() => openTaxData(sealed, ring, 'another-purpose')).toThrow(TaxDataDecryptionError)
  })

  it('rotates: the first key seals, every key listed opens, a key id not listed is refused', () => {
    const before = parseTaxDataKeys(oldKey)
    const sealedBefore = sealTaxData(number, before, purpose)
    const rotated = parseTaxDataKeys(`${newKey}, ${oldKey}`)
    expect(rotated.current.id).toBe('2026')
    expect(openTaxData(sealedBefore, rotated, purpose)).toBe(number)
    const sealedAfter = sealTaxData(number, rotated, purpose)
    expect(sealingKeyId(sealedAfter)).toBe('2026')

    // The old key removed: what it sealed no longer opens, with the key named.
    const onlyNew = parseTaxDataKeys(newKey)
    expect(openTaxData(sealedAfter, onlyNew, purpose)).toBe(number)
    expect(() => openTaxData(sealedBefore, onlyNew, purpose)).toThrow(/key "2025".*not in TAX_DATA_KEYS/)

    // Same id, another key: refused as altered, never decrypted to garbage.
    const impostor = parseTaxDataKeys(`2025:${key()}`)
    expect(() => openTaxData(sealedBefore, impostor, purpose)).toThrow(TaxDataDecryptionError)
  })

  it('refuses a keyring it cannot use, without echoing the key', () => {
    const secret = randomBytes(16).toString('base64')
    for (const text of ['', ' , ', `2025:${secret}`, `:${key()}`, key(), `bad id:${key()}`, `${oldKey},${oldKey}`, '2025:not base64!!']) {
      expect(() => parseTaxDataKeys(text), text).toThrow(TaxDataKeyError)
    }
    try {
      parseTaxDataKeys(`2025:${secret}`)
    } catch (error) {
      expect((error as Error).message).not.toContain(secret)
    }
    const entry = newTaxDataKeyEntry('local-1')
    expect(parseTaxDataKeys(entry).current.id).toBe('local-1')
    expect(parseTaxDataKeys(`${entry}\n${oldKey}`).keys.size).toBe(2)
  })
})
