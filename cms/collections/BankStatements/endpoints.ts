import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { StatementFileError } from '../../../domain/bankStatements'
import { locales } from '../../../domain/locales'
import { parseStructuredCommunication } from '../../../domain/StructuredCommunication'
import { hasRole } from '../../access/roles'
import { json } from '../../http'
import { message } from '../../i18n/label'
import { mediaType, parseJson, parseMultipart, readBody } from '../../publicForms/body'
import { recordTransferGift, type TransferDonor } from './gifts'
import { claimLine } from './claim'
import { donorOf, importStatementFile, referenceFor } from './importStatement'

/** A month of CODA or CAMT.053 for a small organisation is tens of kilobytes; a year's, a few megabytes. */
export const maxStatementBytes = 10 * 1024 * 1024
const maxActionBytes = 16 * 1024
const megabytes = `${maxStatementBytes / 1024 / 1024} MB`

/** Finance and administrators only; the answer says why not, in the staff member's language. */
function refusal(req: PayloadRequest): Response | undefined {
  if (!req.user) return json(req, { error: message(req, 'admin.unauthorized') }, 401)
  if (!hasRole(req.user, 'finance')) return json(req, { error: message(req, 'admin.forbidden') }, 403)
  return undefined
}

/**
 * POST /api/bank-statements/upload (multipart, the file as `file`): reads the statement and
 * records what it can (importStatement.ts). Answers 201 with what became of its transfers,
 * or 400/413 with the reason. Logged with who uploaded it.
 */
export const uploadEndpoint: Endpoint = {
  path: '/upload',
  method: 'post',
  handler: async (req) => {
    const refused = refusal(req)
    if (refused) return refused
    if (mediaType(req) !== 'multipart/form-data') return json(req, { error: message(req, 'bankStatements.upload.noFile') }, 400)
    const read = await readBody(req, maxStatementBytes + 64 * 1024)
    if (!read.ok) return json(req, { error: message(req, read.problem === 'tooLarge' ? 'bankStatements.upload.tooLarge' : 'bankStatements.upload.noFile', { size: megabytes }) }, read.problem === 'tooLarge' ? 413 : 400)
    const form = await parseMultipart(read.bytes, req.headers.get('content-type') ?? '')
    const file = form?.get('file')
    if (!(file instanceof File) || file.size === 0) return json(req, { error: message(req, 'bankStatements.upload.noFile') }, 400)
    if (file.size > maxStatementBytes) return json(req, { error: message(req, 'bankStatements.upload.tooLarge', { size: megabytes }) }, 413)
    try {
      const summary = await importStatementFile(req, file.name || 'statement', new Uint8Array(await file.arrayBuffer()))
      req.payload.logger.info({ msg: 'Bank statement uploaded', user: req.user!.id, statement: summary.statement, credits: summary.credits, recorded: summary.recorded, toReview: summary.toReview, alreadyKnown: summary.alreadyKnown })
      return json(req, { ...summary, message: message(req, 'bankStatements.upload.done', { credits: summary.credits, recorded: summary.recorded, toReview: summary.toReview, alreadyKnown: summary.alreadyKnown }) }, 201)
    } catch (error) {
      if (error instanceof StatementFileError) return json(req, { error: message(req, 'bankStatements.upload.unreadable', { detail: error.message }) }, 400)
      throw error
    }
  },
}

const assignRequest = z.union([
  z.strictObject({ communication: z.string().max(40) }),
  z.strictObject({ donor: z.strictObject({ name: z.string().trim().min(1).max(100), email: z.email().max(254), locale: z.enum(locales), taxCertificateRequested: z.boolean().optional() }) }),
])

const ignoreRequest = z.strictObject({ note: z.string().trim().max(500).optional() })

type Action = { req: PayloadRequest; lineId: number; body: unknown }

/** The action's JSON body, the line's id, and the staff member allowed to act; or the refusal. */
async function actionOf(req: PayloadRequest): Promise<Action | Response> {
  const refused = refusal(req)
  if (refused) return refused
  const lineId = Number(req.routeParams?.id)
  if (!Number.isInteger(lineId) || lineId <= 0) return json(req, { error: message(req, 'admin.notFound') }, 404)
  const read = await readBody(req, maxActionBytes)
  const parsed = read.ok ? (read.bytes.length === 0 ? { ok: true as const, value: {} } : parseJson(read.bytes)) : { ok: false as const }
  if (!parsed.ok) return json(req, { error: message(req, 'bankStatementLines.error.donor') }, 400)
  return { req, lineId, body: parsed.value }
}

/** Runs `work` in one transaction whose first write claims the line; answers 409 when someone handled it first. */
async function onClaimedLine(req: PayloadRequest, lineId: number, status: 'assigned' | 'ignored', work: (line: Record<string, any>) => Promise<Response | Record<string, unknown>>): Promise<Response> {
  const line = await req.payload.findByID({ collection: 'bank-statement-lines', id: lineId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!line) return json(req, { error: message(req, 'admin.notFound') }, 404)
  const ownTransaction = await initTransaction(req)
  try {
    if (!(await claimLine(req, lineId, status))) {
      if (ownTransaction) await killTransaction(req)
      return json(req, { error: message(req, 'bankStatementLines.error.handled') }, 409)
    }
    const outcome = await work(line)
    if (outcome instanceof Response) {
      if (ownTransaction) await killTransaction(req)
      return outcome
    }
    await req.payload.update({ collection: 'bank-statement-lines', id: lineId, data: { ...outcome, handledBy: req.user!.id as number, handledAt: new Date().toISOString() }, overrideAccess: true, req })
    if (ownTransaction) await commitTransaction(req)
    req.payload.logger.info({ msg: `Bank statement line ${status}`, user: req.user!.id, line: lineId, ...outcome })
    return json(req, { ok: true, status, ...outcome, message: message(req, 'bankStatementLines.done') })
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    // A gift for this line already exists (its unique statement line): handled by someone else.
    const { totalDocs } = await req.payload.count({ collection: 'donations', where: { bankStatementLine: { equals: lineId } }, overrideAccess: true, req })
    if (totalDocs > 0) return json(req, { error: message(req, 'bankStatementLines.error.handled') }, 409)
    throw error
  }
}

/**
 * POST /api/bank-statement-lines/:id/assign { communication } or { donor: { name, email,
 * locale } }: a transfer the matching could not place, recorded as that donor's gift (with
 * their thank-you), by finance. The line keeps who did it and when.
 */
export const assignEndpoint: Endpoint = {
  path: '/:id/assign',
  method: 'post',
  handler: async (req) => {
    const action = await actionOf(req)
    if (action instanceof Response) return action
    const request = assignRequest.safeParse(action.body)
    if (!request.success) return json(req, { error: message(req, 'bankStatementLines.error.donor') }, 400)
    let donor: TransferDonor
    let referenceId: number | undefined
    if ('communication' in request.data) {
      const communication = parseStructuredCommunication(request.data.communication)
      const reference = communication ? await referenceFor(req, communication) : undefined
      if (!reference) return json(req, { error: message(req, 'bankStatementLines.error.unknownCommunication') }, 400)
      donor = donorOf(reference)
      referenceId = reference.id
    } else {
      const { name, email, locale, taxCertificateRequested } = request.data.donor
      donor = { name, email, locale, taxCertificateRequested: taxCertificateRequested ?? false }
    }
    return onClaimedLine(req, action.lineId, 'assigned', async (line) => {
      const donation = await recordTransferGift(
        req,
        { lineId: action.lineId, amountCents: line.amountCents, bookingDate: String(line.bookingDate).slice(0, 10), communication: line.communication, referenceId },
        donor,
      )
      return { donation: donation.id, ...(referenceId ? { reference: referenceId } : {}) }
    })
  },
}

/** POST /api/bank-statement-lines/:id/ignore { note? }: not a gift (a refund, a grant…); the line keeps who decided and when. */
export const ignoreEndpoint: Endpoint = {
  path: '/:id/ignore',
  method: 'post',
  handler: async (req) => {
    const action = await actionOf(req)
    if (action instanceof Response) return action
    const request = ignoreRequest.safeParse(action.body)
    if (!request.success) return json(req, { error: message(req, 'bankStatementLines.error.donor') }, 400)
    return onClaimedLine(req, action.lineId, 'ignored', async () => (request.data.note ? { note: request.data.note } : {}))
  },
}
