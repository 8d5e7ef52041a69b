import type { Endpoint, PayloadRequest, Where } from 'payload'
import { mayEraseApplicants } from '../../access/volunteers'
import { hasRole } from '../../access/roles'
import { type CsvColumns, csvResponse } from '../../csv'
import { json } from '../../http'
import { message } from '../../i18n/label'
import { newChallenge } from '../../volunteering/altcha'
import { readPrivateFile } from '../../volunteering/files'
import { applicationsSlug } from './hooks'

/** GET /api/volunteer-applications/challenge: a fresh proof-of-work challenge for the form. */
export const challengeEndpoint: Endpoint = {
  path: '/challenge',
  method: 'get',
  handler: async (req) => json(req, await newChallenge(), 200, { 'Cache-Control': 'no-store' }),
}

const refusalKeys = { 401: 'admin.unauthorized', 403: 'admin.forbidden', 404: 'admin.notFound' } as const

/** Why a staff member's request was refused, in their admin language (these answers open in the browser). */
function refusalText(req: PayloadRequest, status: keyof typeof refusalKeys): string {
  return message(req, refusalKeys[status])
}

function refusal(req: PayloadRequest, status: keyof typeof refusalKeys): Response {
  return new Response(refusalText(req, status), { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/** The application as the signed-in user may read it (access rules apply), or undefined. */
async function readable(req: PayloadRequest) {
  if (!hasRole(req.user, 'volunteer-coordinator')) return undefined
  const id = String(req.routeParams?.id ?? '')
  return req.payload
    .findByID({ collection: applicationsSlug, id, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => undefined)
}

/**
 * GET /api/volunteer-applications/:id/file/cv (or motivationFile): the applicant's file,
 * for the coordinator and administrators only. Never cached, always a download.
 */
export const fileEndpoint: Endpoint = {
  path: '/:id/file/:field',
  method: 'get',
  handler: async (req) => {
    const field = req.routeParams?.field
    if (field !== 'cv' && field !== 'motivationFile') return refusal(req, 404)
    if (!req.user) return refusal(req, 401)
    const doc = await readable(req)
    if (!doc) return refusal(req, 403)
    const file = doc[field]
    if (!file?.storedName) return refusal(req, 404)
    const bytes = await readPrivateFile(file.storedName)
    if (!bytes) return refusal(req, 404)
    const name = file.originalName || `${field}.pdf`
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': file.mimeType || 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${name.replace(/[^\w .-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}

/**
 * POST /api/volunteer-applications/:id/erase: the right to erasure in one action. Deletes
 * every application with this applicant's email address; each deletion takes its files
 * and its emails with it (see forgetEverything).
 */
export const eraseEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    if (!mayEraseApplicants(req.user)) return json(req, { ok: false, error: refusalText(req, req.user ? 403 : 401) }, req.user ? 403 : 401)
    const doc = await readable(req)
    if (!doc) return json(req, { ok: false, error: refusalText(req, 404) }, 404)
    const { docs } = await req.payload.delete({
      collection: applicationsSlug,
      where: { email: { equals: doc.email } },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return json(req, { ok: true, erased: docs.length })
  },
}

const columns: CsvColumns<Record<string, any>> = [
  ['reference', (d) => d.reference],
  ['received_at', (d) => d.createdAt],
  ['status', (d) => d.status],
  ['role', (d) => (typeof d.role === 'object' ? d.role?.title : d.role)],
  ['track', (d) => d.track],
  ['name', (d) => d.name],
  ['email', (d) => d.email],
  ['phone', (d) => d.phone],
  ['language', (d) => d.locale],
  ['preferred_language', (d) => d.preferredLanguage],
  ['town', (d) => d.town],
  ['languages', (d) => (d.languages ?? []).map((l: { language: string; level?: string }) => `${l.language} (${l.level ?? ''})`).join('; ')],
  ['centres', (d) => (d.centres ?? []).join('; ')],
  ['hours_per_week', (d) => d.hoursPerWeek],
  ['driving_licence', (d) => (d.track === 'standard' ? (d.drivingLicence ? 'yes' : 'no') : '')],
  ['experience', (d) => (d.experience ?? []).join('; ')],
  ['region', (d) => d.hosting?.region],
  ['spare_room', (d) => d.hosting?.spareRoom],
  ['hosting_period', (d) => d.hosting?.hostingPeriod],
  ['has_cv', (d) => (d.cv?.storedName ? 'yes' : 'no')],
  ['keep_for_future_roles', (d) => (d.keepForFutureRoles ? 'yes' : 'no')],
  ['decided_at', (d) => d.decidedAt],
]


/**
 * GET /api/volunteer-applications/export.csv[?status=…&role=…&centre=…]: the list for the
 * coordinator's own follow-up. No CVs, no notes: only whether a CV exists.
 */
export const exportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'volunteer-coordinator')) return refusal(req, req.user ? 403 : 401)
    const url = new URL(req.url ?? '', 'http://localhost')
    const filters: Where[] = []
    const status = url.searchParams.get('status')
    const role = url.searchParams.get('role')
    const centre = url.searchParams.get('centre')
    if (status) filters.push({ status: { equals: status } })
    if (role) filters.push({ role: { equals: /^\d+$/.test(role) ? Number(role) : role } })
    if (centre) filters.push({ centres: { in: [centre] } })
    const { docs } = await req.payload.find({ collection: applicationsSlug, where: { and: filters }, sort: '-createdAt', pagination: false, depth: 1, overrideAccess: false, user: req.user, req })
    return csvResponse('volunteer-applications', columns, docs as Record<string, any>[])
  },
}
