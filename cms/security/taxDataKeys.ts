import { createHmac } from 'node:crypto'
import { isLocalUrl, payloadSecret, publicSiteUrl } from '../env'
import { parseTaxDataKeys, type TaxDataKeyring } from './taxDataCipher'

/**
 * The keys that seal donors' national register numbers: TAX_DATA_KEYS, `id:base64key`
 * entries, the first one sealing (see docs/deploy.md, "Rotating the tax-data key").
 * A deployed site refuses to start without it (cms/productionChecks.ts). On a laptop,
 * `npm start` writes one into .env on first run; where none is set at all (the tests, a
 * `cms:dev` without .env) a key derived from PAYLOAD_SECRET for this purpose only, with
 * the id `local`, stands in, as cms/env.ts does for PAYLOAD_SECRET itself.
 * Read at each call (cached per value), so that a test or a rotation can change it.
 */
let cached: { text: string; keyring: TaxDataKeyring } | undefined

export function taxDataKeyring(): TaxDataKeyring {
  const text = process.env.TAX_DATA_KEYS?.trim() || ''
  if (cached?.text === text) return cached.keyring
  const keyring = text ? parseTaxDataKeys(text) : localKeyring()
  cached = { text, keyring }
  return keyring
}

function localKeyring(): TaxDataKeyring {
  if (process.env.NODE_ENV === 'production' && !isLocalUrl(publicSiteUrl)) {
    throw new Error('TAX_DATA_KEYS must be set for a deployed site (docs/deploy.md).')
  }
  const key = createHmac('sha256', payloadSecret()).update('jrs-tax-data-key:v1').digest()
  return { current: { id: 'local', key }, keys: new Map([['local', key]]) }
}
