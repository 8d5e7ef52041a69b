import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest, type TaskConfig } from 'payload'
import { z } from 'zod'
import { defaultLocale, isLocale, type Locale, locales } from '../../domain/locales'
import { selfServiceSentPath } from '../../domain/selfServicePages'
import { publicSiteUrl } from '../env'
import { accepted, type Answer } from '../publicForms/answer'
import { publicForm, type Submission } from '../publicForms/pipeline'
import { FormLimits } from '../security/attempts'
import { logAction } from './audit'
import { linkLifetimeDays, type Subject } from './kinds'
import { issueLink, revokeLinks } from './links'
import { confirm } from './mail'

const limits = new FormLimits('self-service-link-request', { accepted: { max: 5, windowMs: 15 * 60_000 }, refused: { max: 30, windowMs: 15 * 60_000 } })

export const linkRequestSchema = z.object({
  email: z.email({ message: 'email' }).max(254, 'tooLong'),
  locale: z.enum(locales).default(defaultLocale),
})
type LinkRequest = z.output<typeof linkRequestSchema>

/**
 * POST /api/self-service/request-link, from the site's page "your details" in each
 * language (a plain HTML form, or JSON): through the shared public-form pipeline, with
 * its limit per visitor. The answer is the same whether the address is known or not (the
 * next page says "if we know it, your links are on their way"), and so is the work done
 * before it: the request is queued as it came, and the lookup and the emails happen in the
 * job below. Looked up before answering, a known address took longer to answer than an
 * unknown one, which told anybody timing it whether someone gave, applied or pledged.
 */
export const linkRequestEndpoint: Endpoint = {
  path: '/self-service/request-link',
  method: 'post',
  handler: publicForm({
    name: 'link-request',
    body: 'json',
    maxBytes: 4 * 1024,
    limits,
    rules: async () => undefined,
    schema: () => linkRequestSchema,
    fromForm: (form) => ({ email: (form.get('email') as string | null)?.trim(), locale: form.get('locale') ?? undefined }),
    handle: queueLinkRequest,
    landing: (_answer, { locale }) => `${publicSiteUrl}${selfServiceSentPath(locale)}`,
  }),
}

export const sendSelfServiceLinksTaskSlug = 'send-self-service-links'

async function queueLinkRequest({ req, data }: Submission<unknown, undefined, LinkRequest>): Promise<Answer> {
  await req.payload.jobs.queue({ task: sendSelfServiceLinksTaskSlug, input: { email: data.email, locale: data.locale }, req })
  return accepted({ sent: true })
}

/**
 * For every application and pledge with the address, and the donor's gifts, the older links
 * are revoked and a new one is emailed (one email per link, in that record's language), in
 * one transaction; an unknown address sends nothing. Run by the jobs queue within seconds
 * (its autoRun on the CMS server); the job, and the address in its input, is deleted once done.
 */
export const sendSelfServiceLinksTask: TaskConfig<{ input: LinkRequest; output: { links: number } }> = {
  slug: sendSelfServiceLinksTaskSlug,
  label: 'Send self-service links',
  inputSchema: [
    { name: 'email', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'links', type: 'number', required: true }],
  retries: 3,
  handler: async ({ input, req }) => ({ output: { links: await sendLinks(req, linkRequestSchema.parse(input)) } }),
}

async function sendLinks(req: PayloadRequest, request: LinkRequest): Promise<number> {
  const { found, revoke } = await recordsFor(req, request.email, request.locale)
  if (found.length === 0) return 0
  const own = await initTransaction(req)
  try {
    await revokeLinks(req, revoke)
    for (const entry of found) {
      const manageUrl = await issueLink(req, entry.subject, entry.locale)
      await confirm(req, { kind: 'self-service-link', locale: entry.locale, to: entry.to, data: { name: entry.name || '—', about: entry.about, reference: entry.reference, manageUrl, days: linkLifetimeDays }, subject: entry.subject })
      await logAction(req, entry.subject, 'link-requested')
    }
    if (own) await commitTransaction(req)
    return found.length
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

type Found = { subject: Subject; locale: Locale; name: string; to: string; about: 'application' | 'gifts' | 'pledge'; reference: string }

/** Everything of this address that a link can open: each application, each pledge, and the donor's gifts as one. */
async function recordsFor(req: PayloadRequest, typed: string, fallback: Locale): Promise<{ found: Found[]; revoke: Subject[] }> {
  const emails = [...new Set([typed, typed.toLowerCase()])]
  const options = { sort: '-createdAt', pagination: false, depth: 0, overrideAccess: true, req } as const
  const [applications, pledges, donations, monthlyGifts] = await Promise.all([
    req.payload.find({ collection: 'volunteer-applications', where: { email: { in: emails } }, ...options }),
    req.payload.find({ collection: 'pledges', where: { email: { in: emails } }, ...options }),
    req.payload.find({ collection: 'donations', where: { donorEmail: { in: emails } }, ...options }),
    req.payload.find({ collection: 'monthly-gifts', where: { donorEmail: { in: emails } }, ...options }),
  ])
  const localeOf = (value: unknown) => (isLocale(value) ? value : fallback)
  const found: Found[] = [
    ...applications.docs
      .filter((doc) => doc.status !== 'spam')
      .map((doc) => ({ subject: { collection: 'volunteer-applications' as const, id: doc.id }, locale: localeOf(doc.locale), name: doc.name, to: doc.email, about: 'application' as const, reference: doc.reference ?? '' })),
    ...pledges.docs.map((doc) => ({ subject: { collection: 'pledges' as const, id: doc.id }, locale: localeOf(doc.locale), name: doc.name, to: doc.email, about: 'pledge' as const, reference: doc.reference ?? '' })),
  ]
  // One link for all of a donor's gifts: it names their monthly gift if they have one, else their latest gift.
  const giftDoc = monthlyGifts.docs[0] ?? donations.docs.find((doc) => doc.status !== 'open')
  if (giftDoc) {
    const collection = monthlyGifts.docs[0] ? ('monthly-gifts' as const) : ('donations' as const)
    found.push({ subject: { collection, id: giftDoc.id }, locale: localeOf(giftDoc.locale), name: String(giftDoc.donorName ?? ''), to: String(giftDoc.donorEmail), about: 'gifts', reference: '' })
  }
  // Asking anew cuts every earlier link to any of these records, a donor's whichever gift it named.
  const revoke: Subject[] = [
    ...found.map((entry) => entry.subject),
    ...donations.docs.map((doc) => ({ collection: 'donations' as const, id: doc.id })),
    ...monthlyGifts.docs.map((doc) => ({ collection: 'monthly-gifts' as const, id: doc.id })),
  ]
  return { found, revoke }
}
