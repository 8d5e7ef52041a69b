import type { Payload } from 'payload'
import { enterpriseNumberCheckDigits } from '../../../domain/tax/EnterpriseNumber'

/** A valid enterprise number (KBO/BCE, mod 97), as finance would type it. */
export const enterpriseNumber = `04123456${enterpriseNumberCheckDigits('04123456')}`

/**
 * What the tax-certificate tests start from: the organisation's name and address, and
 * finance's settings approving certificates from `approvedFrom`, at 30 % for each of
 * `rateYears`, with the EUR 40 minimum, a signatory and a Belcotax contact.
 */
export async function approveTaxCertificates(payload: Payload, { approvedFrom, rateYears }: { approvedFrom: number; rateYears: number[] }): Promise<void> {
  await payload.updateGlobal({
    slug: 'organisation',
    data: {
      _status: 'published',
      name: 'JRS Belgium',
      description: 'Jesuit Refugee Service Belgium',
      address: { street: 'Rue Maurice Liétart 31', postalCode: '1150', city: 'Bruxelles' },
      emails: { general: 'info@jrsbelgium.org', donations: 'giften@jrsbelgium.org' },
    },
    overrideAccess: true,
  })
  await payload.updateGlobal({
    slug: 'tax-certificate-settings',
    data: {
      approved: true,
      approvedFrom,
      enterpriseNumber,
      reductionRates: [...new Set(rateYears)].map((year) => ({ year, percent: 30 })),
      minimumCents: 4000,
      signatory: { name: 'Hélène Van den Broeck', function: 'Directrice' },
      belcotaxContact: { name: 'Finance JRS', phone: '02 738 08 18', email: 'finance@jrsbelgium.org' },
    } as never,
    overrideAccess: true,
  })
}
