import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import type { FormMessageKey } from '../../../domain/forms/messages'
import { type PledgeRequest, type PledgeRules, pledgeSchema } from '../../../domain/forms/pledge'
import { needCountsOf, stillWanted } from '../../../domain/needs'
import { pledgeDays } from '../../globals/GoodsSettings'
import { accepted, type Answer, refused } from '../../publicForms/answer'
import { isBrowserFormPost } from '../../publicForms/formPost'
import { pledgeFromForm } from '../../publicForms/fromForm'
import { publicForm } from '../../publicForms/pipeline'
import { confirmationUrl } from '../../publicForms/sitePages'
import { FormLimits } from '../../security/attempts'
import { builtInHandler } from '../builtInHandler'
import { reserve } from './counters'
import type { PledgeContext } from './hooks'

const limits = new FormLimits('pledges', { accepted: { max: 10, windowMs: 60_000 }, refused: { max: 60, windowMs: 60_000 } })

const pledgeForm = publicForm({
  name: 'pledge',
  body: 'json',
  // A pledge is a few hundred bytes; its message at most 1000 characters.
  maxBytes: 64 * 1024,
  limits,
  rules: async (req): Promise<PledgeRules> => ({ pledgeDays: await pledgeDays(req.payload, req) }),
  schema: pledgeSchema,
  fromForm: pledgeFromForm,
  handle: ({ req, data, message }) => record(req, data, (field, key, status = 400, count) => refused({ [field]: message(key, { count: count ?? '' }) }, status)),
  // The wishlist's confirmation page: the reference is in the giver's email, not in an address.
  landing: (_answer, { req, locale }) => confirmationUrl(req, 'pledge', locale),
})

/**
 * POST /api/pledges from the wishlist: checked with the page's own schema, then the items
 * are taken from the need in one conditional UPDATE, before anything else is written, and
 * the pledge and its two emails are stored in that same transaction. Answers 201
 * { reference, need: counts } or 400 { errors: { field: message } } in the giver's language;
 * a need's form posted by a browser without script (urlencoded) gets a 303 to the
 * confirmation page, or back to the form with its errors (see publicForms/pageAnswer.ts).
 * Signed-in staff saving a pledge in the admin reach Payload's own handler.
 */
export const pledgeEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  // A browser's own form post carries a signed-in editor's cookie too (the site and the CMS are one site): still a pledge.
  handler: async (req) => (req.user && !isBrowserFormPost(req) ? builtInHandler(req, 'pledges', 'post')(req) : pledgeForm(req)),
}

type Refuse = (field: string, key: FormMessageKey, status?: 400 | 500, count?: number) => Answer

/** Takes the items and stores the pledge (its emails follow in its hook), all in one transaction. */
async function record(req: PayloadRequest, pledge: PledgeRequest, refuse: Refuse): Promise<Answer> {
  // Taking the items is the transaction's first write, before Payload reads anything.
  const ownTransaction = await initTransaction(req)
  try {
    const counts = await reserve(req, pledge.need, pledge.quantity)
    if (!counts) {
      if (ownTransaction) await killTransaction(req)
      return explainRefusal(req, pledge.need, refuse)
    }
    const context: PledgeContext = { pledgeReserved: true }
    const doc = await req.payload.create({
      collection: 'pledges',
      data: {
        need: pledge.need,
        quantity: pledge.quantity,
        name: pledge.name,
        email: pledge.email,
        phone: pledge.phone,
        expectedDate: pledge.expectedDate,
        message: pledge.message,
        locale: pledge.locale,
        status: 'pledged',
      },
      context,
      overrideAccess: true,
      req,
    })
    if (ownTransaction) await commitTransaction(req)
    return accepted({ reference: doc.reference, need: { id: pledge.need, ...counts, quantityWanted: stillWanted(counts) } }, 201)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    req.payload.logger.error({ err: error, msg: 'Could not record a pledge' })
    return refuse('_form', 'spam', 500)
  }
}

/** Why the items could not be taken: the need is not (or no longer) open, or fewer are wanted (a need without a quantity refuses only when not open). */
async function explainRefusal(req: PayloadRequest, needId: number, refuse: Refuse) {
  const need = await req.payload
    .findByID({ collection: 'needs', id: needId, depth: 0, overrideAccess: false, user: null, disableErrors: true })
    .catch(() => null)
  if (!need || need.status !== 'open') return refuse('need', 'needClosed')
  const wanted = stillWanted(needCountsOf(need))
  if (wanted === null) return refuse('need', 'needClosed')
  return wanted > 0 ? refuse('quantity', 'quantityTooLarge', 400, wanted) : refuse('quantity', 'needFull')
}
