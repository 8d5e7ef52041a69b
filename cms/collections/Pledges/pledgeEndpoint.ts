import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import type { z } from 'zod'
import { fieldErrors } from '../../../domain/forms/errors'
import { type FormMessageKey, formMessages } from '../../../domain/forms/messages'
import { type PledgeRequest, pledgeSchema } from '../../../domain/forms/pledge'
import { defaultLocale, isLocale, type Locale } from '../../../domain/locales'
import { stillWanted } from '../../../domain/needs'
import { pledgeDays } from '../../globals/GoodsSettings'
import { json, readJson } from '../../http'
import { clientAddress, RateLimit } from '../../security/rateLimit'
import { builtInHandler } from '../builtInHandler'
import { oneWriterAtATime, reserve } from './counters'
import type { PledgeContext } from './hooks'

const attempts = new RateLimit(10, 60_000)

/**
 * POST /api/pledges from the wishlist: checked with the page's own schema, then the items
 * are taken from the need in one conditional UPDATE, before anything else is written, and
 * the pledge and its two emails are stored in that same transaction. Answers 201
 * { reference, need: counts } or 400 { errors: { field: message } } in the giver's language.
 * Signed-in staff saving a pledge in the admin reach Payload's own handler.
 */
export const pledgeEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (req.user) return builtInHandler(req, 'pledges', 'post')(req)
    const body = await readJson(req)
    const locale: Locale = isLocale((body as { locale?: unknown })?.locale) ? (body as { locale: Locale }).locale : defaultLocale
    const refuse = (field: string, key: FormMessageKey, status = 400, count?: number) =>
      json(req, { errors: { [field]: formMessages[locale][key].replace('{count}', String(count ?? '')) } }, status)

    if (!attempts.allow(clientAddress(req))) return refuse('_form', 'tooManyRequests', 429)
    return oneWriterAtATime(req, async () => {
      const parsed = pledgeSchema({ pledgeDays: await pledgeDays(req.payload, req) }).safeParse(body)
      if (!parsed.success) return json(req, { errors: fieldErrors(parsed.error as z.ZodError, locale) }, 400)
      return record(req, parsed.data, refuse)
    })
  },
}

type Refuse = (field: string, key: FormMessageKey, status?: number, count?: number) => Response

/** Takes the items and stores the pledge (its emails follow in its hook), all in one transaction. */
async function record(req: PayloadRequest, pledge: PledgeRequest, refuse: Refuse): Promise<Response> {
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
    return json(req, { reference: doc.reference, need: { id: pledge.need, ...counts, quantityWanted: stillWanted(counts) } }, 201)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    req.payload.logger.error({ err: error, msg: 'Could not record a pledge' })
    return refuse('_form', 'spam', 500)
  }
}

/** Why the items could not be taken: the need is not (or no longer) open, or fewer are wanted. */
async function explainRefusal(req: PayloadRequest, needId: number, refuse: Refuse) {
  const need = await req.payload
    .findByID({ collection: 'needs', id: needId, depth: 0, overrideAccess: false, user: null, disableErrors: true })
    .catch(() => null)
  if (!need || need.status !== 'open') return refuse('need', 'needClosed')
  const wanted = stillWanted({ quantityNeeded: Number(need.quantityNeeded), quantityPledged: Number(need.quantityPledged ?? 0), quantityReceived: Number(need.quantityReceived ?? 0) })
  return wanted > 0 ? refuse('quantity', 'quantityTooLarge', 400, wanted) : refuse('quantity', 'needFull')
}
