import type { Payload } from 'payload'
import { defaultMinimumCents, knownReductionRates } from '../../domain/tax/taxReduction'

/**
 * The tax certificate settings a new installation starts with: not approved (no seed says
 * the organisation is), the reduction rates the law sets per income year and the EUR 40
 * minimum. Finance turns the approval on and fills in the rest.
 */
export async function seedTaxCertificateSettings(payload: Payload) {
  await payload.updateGlobal({
    slug: 'tax-certificate-settings',
    data: { approved: false, reductionRates: knownReductionRates.map((rate) => ({ ...rate })), minimumCents: defaultMinimumCents },
    overrideAccess: true,
  })
}
