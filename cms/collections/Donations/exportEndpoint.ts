import type { Endpoint, Where } from 'payload'
import { hasRole } from '../../access/roles'
import { type CsvColumns, csvResponse } from '../../csv'
import type { Donation } from '../../payload-types'

const euros = (cents: number | null | undefined) => ((cents ?? 0) / 100).toFixed(2)

const columns: CsvColumns<Donation> = [
  ['reference', (d) => d.reference],
  ['received_at', (d) => d.receivedAt],
  ['kind', (d) => d.kind],
  ['status', (d) => d.status],
  ['source', (d) => d.source],
  ['amount_eur', (d) => euros(d.amountCents)],
  ['refunded_eur', (d) => euros(d.refundedCents)],
  ['net_eur', (d) => euros(d.amountCents - (d.refundedCents ?? 0))],
  ['donor_name', (d) => d.donorName],
  ['donor_email', (d) => d.donorEmail],
  ['anonymous', (d) => (d.anonymous ? 'yes' : 'no')],
  ['language', (d) => d.locale],
  ['tribute', (d) => (d.tributeKind ? `${d.tributeKind}: ${d.tributeName ?? ''}` : '')],
  ['tax_certificate', (d) => (d.taxCertificate?.requested ? 'yes' : 'no')],
  ['certificate_language', (d) => d.taxCertificate?.certificateLanguage],
  ['national_register_number', (d) => d.taxCertificate?.nationalRegisterNumber],
  ['street', (d) => d.taxCertificate?.street],
  ['postal_code', (d) => d.taxCertificate?.postalCode],
  ['city', (d) => d.taxCertificate?.city],
  ['structured_communication', (d) => d.structuredCommunication],
  ['stripe_payment', (d) => d.stripe?.paymentIntentId ?? d.stripe?.invoiceId],
]


/**
 * GET /api/donations/export.csv[?from=YYYY-MM-DD&to=YYYY-MM-DD]: every donation in the
 * period, for accounting and tax certificates. Finance and administrators only.
 */
export const exportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'finance')) return new Response('Forbidden', { status: 403 })
    const url = new URL(req.url ?? '', 'http://localhost')
    const filters: Where[] = [{ status: { not_equals: 'open' } }]
    const from = url.searchParams.get('from')
    const to = url.searchParams.get('to')
    if (from && /^\d{4}-\d{2}-\d{2}$/.test(from)) filters.push({ receivedAt: { greater_than_equal: `${from}T00:00:00.000Z` } })
    if (to && /^\d{4}-\d{2}-\d{2}$/.test(to)) filters.push({ receivedAt: { less_than_equal: `${to}T23:59:59.999Z` } })
    const { docs } = await req.payload.find({ collection: 'donations', where: { and: filters }, sort: 'receivedAt', pagination: false, depth: 0, overrideAccess: false, user: req.user, req })
    return csvResponse('donations', columns, docs)
  },
}
