import { createHash } from 'node:crypto'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { eligibleDonors } from '../../domain/tax/certificates'
import { isApprovedFor } from '../../domain/tax/taxReduction'
import { emailMessagesSlug } from '../email/constants'
import { queueEmail } from '../email/queue'
import { taxCertificatePolicy } from '../globals/TaxCertificateSettings'
import { issueLink } from '../selfService/links'
import { giftsOfYear } from './gifts'
import { IssueRefused } from './issue'
import { logTaxCertificateAction } from './log'

export type NumberRequestSummary = { year: number; queued: number; skipped: number }

/** One per donor per income year, whoever clicks and however often: the outbox refuses the key twice. */
export function numberRequestKey(year: number, donorKey: string): string {
  return `tax-certificate-number-request:${year}:${createHash('sha256').update(donorKey).digest('hex').slice(0, 32)}`
}

/**
 * Emails every donor of the year who reaches the minimum but gave no national register
 * number a personal link to their self-service page, where they add it
 * (selfService/actions.ts, updateNationalNumber). The link names their latest gift of the
 * year, in that gift's language; the email is about that gift, so that an erasure takes it
 * away with the rest. A donor already asked this year is skipped before a link is made.
 * One transaction: the links, emails and log line are kept together, or none.
 */
export async function askForNationalNumbers(req: PayloadRequest, year: number): Promise<NumberRequestSummary> {
  const policy = await taxCertificatePolicy(req.payload, req)
  // Nobody is asked for a number no certificate will carry.
  if (!isApprovedFor(policy, year)) throw new IssueRefused('taxCertificates.error.notApproved')
  const ownTransaction = await initTransaction(req)
  try {
    const { gifts, localeOf } = await giftsOfYear(req, year)
    const { eligible } = eligibleDonors(gifts, { year, minimumCents: policy.minimumCents })
    const summary: NumberRequestSummary = { year, queued: 0, skipped: 0 }
    for (const donor of eligible.filter((candidate) => !candidate.donor.nationalRegisterNumber)) {
      const idempotencyKey = numberRequestKey(year, donor.donorKey)
      const asked = await req.payload.count({ collection: emailMessagesSlug, where: { idempotencyKey: { equals: idempotencyKey } }, overrideAccess: true, req })
      if (asked.totalDocs > 0) {
        summary.skipped += 1
        continue
      }
      // Ids grow with time: the highest is the latest gift.
      const latest = [...donor.gifts].map((gift) => gift.id).sort((a, b) => Number(b) - Number(a))[0]!
      const locale = localeOf.get(latest) ?? 'nl'
      const manageUrl = await issueLink(req, { collection: 'donations', id: Number(latest) }, locale)
      const name = `${donor.donor.name.firstNames} ${donor.donor.name.familyName}`.trim() || donor.donor.email
      await queueEmail({ req, kind: 'tax-certificate-number-request', locale, to: donor.donor.email, data: { name, year, manageUrl }, idempotencyKey, related: { collection: 'donations', id: Number(latest) } })
      summary.queued += 1
    }
    await logTaxCertificateAction(req, { action: 'asked-for-numbers', year, detail: `${summary.queued} emailed, ${summary.skipped} already asked` })
    if (ownTransaction) await commitTransaction(req)
    return summary
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
