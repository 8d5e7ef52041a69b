import type { GlobalConfig, Payload, PayloadRequest } from 'payload'
import { formatEnterpriseNumber, parseEnterpriseNumber } from '../../domain/tax/EnterpriseNumber'
import { defaultMinimumCents, duplicateRateYear, type TaxCertificatePolicy, type TaxReduction, taxReductionFor } from '../../domain/tax/taxReduction'
import { financeOnly } from '../access/bankTransfers'
import { euroCentsAdmin } from '../fields/euroCents'
import { label, labels, message } from '../i18n/label'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'

const year = { type: 'number', min: 2000, max: 2100 } as const

/**
 * Belgian tax certificates (281.71) for gifts: whether the organisation is approved, the
 * reduction rate per income year and what a certificate and the Belcotax file need about
 * the organisation. Finance and administrators only; the public learns the rate and the
 * minimum through the donate page and emails (taxReduction below), nothing else.
 */
export const TaxCertificateSettings: GlobalConfig = {
  slug: 'tax-certificate-settings',
  label: label('taxSettings.label'),
  admin: { group: label('group.giving'), description: label('taxSettings.description') },
  access: { read: financeOnly, update: financeOnly },
  // The donate page states the rate: a change rebuilds the site.
  hooks: rebuildSiteGlobalHooks,
  fields: [
    { name: 'approved', label: label('taxSettings.approved'), type: 'checkbox', defaultValue: false, admin: { description: label('taxSettings.approved.description') } },
    {
      type: 'row',
      fields: [
        { name: 'approvedFrom', label: label('taxSettings.approvedFrom'), ...year, admin: { width: '50%', description: label('taxSettings.approvedYears.description') } },
        {
          name: 'approvedUntil',
          label: label('taxSettings.approvedUntil'),
          ...year,
          admin: { width: '50%' },
          validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest }) => {
            const from = siblingData?.approvedFrom
            return typeof value !== 'number' || typeof from !== 'number' || value >= from || message(req, 'taxSettings.approvedUntil.beforeFrom')
          },
        },
      ],
    },
    {
      name: 'enterpriseNumber',
      label: label('taxSettings.enterpriseNumber'),
      type: 'text',
      admin: { description: label('taxSettings.enterpriseNumber.description') },
      validate: (value: unknown, { req }: { req: PayloadRequest }) => !value || (typeof value === 'string' && parseEnterpriseNumber(value) !== undefined) || message(req, 'taxSettings.enterpriseNumber.invalid'),
      // Kept as the KBO/BCE writes it (0123.456.789), whatever form it was typed in.
      hooks: { beforeChange: [({ value }) => (typeof value === 'string' && parseEnterpriseNumber(value) ? formatEnterpriseNumber(parseEnterpriseNumber(value)!) : value || null)] },
    },
    {
      name: 'reductionRates',
      label: label('taxSettings.reductionRates'),
      labels: labels('taxSettings.reductionRates'),
      type: 'array',
      admin: { description: label('taxSettings.reductionRates.description') },
      validate: (value: unknown, { req }: { req: PayloadRequest }) => {
        const twice = Array.isArray(value) ? duplicateRateYear(value as { year?: number | null }[]) : undefined
        return twice === undefined || message(req, 'taxSettings.reductionRates.duplicateYear', { year: twice })
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', label: label('taxSettings.incomeYear'), ...year, required: true, admin: { width: '50%' } },
            { name: 'percent', label: label('taxSettings.percent'), type: 'number', required: true, min: 0, max: 100, admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'minimumCents',
      label: label('taxSettings.minimum'),
      type: 'number',
      required: true,
      min: 1,
      defaultValue: defaultMinimumCents,
      admin: { ...euroCentsAdmin, description: label('taxSettings.minimum.description') },
    },
    {
      name: 'signatory',
      label: label('taxSettings.signatory'),
      type: 'group',
      admin: { description: label('taxSettings.signatory.description') },
      fields: [
        { name: 'name', label: label('field.name'), type: 'text' },
        { name: 'function', label: label('taxSettings.signatory.function'), type: 'text' },
      ],
    },
    {
      name: 'belcotaxContact',
      label: label('taxSettings.belcotaxContact'),
      type: 'group',
      admin: { description: label('taxSettings.belcotaxContact.description') },
      fields: [
        { name: 'name', label: label('field.name'), type: 'text' },
        { name: 'phone', label: label('field.phone'), type: 'text' },
        { name: 'email', label: label('field.email'), type: 'email' },
      ],
    },
  ],
}

/** The settings as the tax rules read them (as the system: the public figure is derived from them). */
export async function taxCertificatePolicy(payload: Payload, req?: PayloadRequest): Promise<TaxCertificatePolicy> {
  const settings = await payload.findGlobal({ slug: 'tax-certificate-settings', depth: 0, overrideAccess: true, req })
  return {
    approved: Boolean(settings.approved),
    approvedFrom: settings.approvedFrom ?? null,
    approvedUntil: settings.approvedUntil ?? null,
    rates: (settings.reductionRates ?? []).flatMap((rate) => (typeof rate.year === 'number' && typeof rate.percent === 'number' ? [{ year: rate.year, percent: rate.percent }] : [])),
    minimumCents: typeof settings.minimumCents === 'number' && settings.minimumCents > 0 ? settings.minimumCents : defaultMinimumCents,
  }
}

/**
 * The reduction a gift made now (or in `year`) earns, or undefined when there is none to
 * promise: only this leaves finance's settings, for the donate page and the emails.
 */
export async function taxReduction(payload: Payload, { req, year = new Date().getFullYear() }: { req?: PayloadRequest; year?: number } = {}): Promise<TaxReduction | undefined> {
  return taxReductionFor(await taxCertificatePolicy(payload, req), year)
}

/** For a thank-you email: the rate and minimum of the gift's income year, when it earns a reduction. */
export async function thankYouTaxReduction(req: PayloadRequest, receivedAt: string | Date): Promise<{ percent: number; minimumCents: number } | undefined> {
  const reduction = await taxReduction(req.payload, { req, year: new Date(receivedAt).getUTCFullYear() })
  return reduction && { percent: reduction.percent, minimumCents: reduction.minimumCents }
}
