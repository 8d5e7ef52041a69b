import { createHmac } from 'node:crypto'
import { payloadSecret } from '../env'

/**
 * The key that signs self-service links: SELF_SERVICE_SECRET when set (so it can be
 * rotated alone, which cuts every link ever sent), else one derived from PAYLOAD_SECRET
 * for this purpose only, so a link's signature says nothing about the CMS's own key.
 */
export function selfServiceKey(): Buffer {
  const own = process.env.SELF_SERVICE_SECRET?.trim()
  if (own) return Buffer.from(own, 'utf8')
  return createHmac('sha256', payloadSecret()).update('jrs-self-service-links:v1').digest()
}
