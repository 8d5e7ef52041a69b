import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import type { FieldErrors } from '../../../domain/forms/errors'
import { applicationFromFormData, type FileField, type VolunteerApplication, volunteerApplicationSchema } from '../../../domain/forms/volunteerApplication'
import { defaultLocale, type Locale } from '../../../domain/locales'
import { maxUploadBytes } from '../../../domain/volunteering/options'
import { adminDocumentUrl, queueEmail } from '../../email/queue'
import { accepted, type Answer, refused } from '../../publicForms/answer'
import { publicForm, type Submission } from '../../publicForms/pipeline'
import { confirmationUrl } from '../../publicForms/sitePages'
import { FormLimits } from '../../security/attempts'
import { checkProofOfWork } from '../../volunteering/altcha'
import { deletePrivateFile, type StoredFile, storePrivateFile } from '../../volunteering/files'
import { type DocumentType, detectDocumentType } from '../../volunteering/fileType'
import { issueLink } from '../../selfService/links'
import { applicationsSlug } from './hooks'

const limits = new FormLimits('volunteer-applications', { accepted: { max: 10, windowMs: 10 * 60_000 }, refused: { max: 50, windowMs: 10 * 60_000 } })

type Role = { id: string | number; title?: unknown; open?: boolean | null; applicationForm?: string | null; _status?: string | null }
type CheckedFile = { bytes: Uint8Array; type: DocumentType; name: string }

/**
 * POST /api/volunteer-applications (multipart): checks the application with the role
 * page's own schema, then the files' real types, stores the record and its files, queues
 * the two emails (for an Up Together host family, the host-interest email and a notice
 * to the Up Together contact), and answers 201 { reference }. Bad input answers 400 { errors } in the
 * applicant's language, and nothing at all is stored. An application that fails the
 * proof of work is kept with the status "spam" for the coordinator to look at, and
 * sends no email. The same form posted by a browser without script cannot carry a proof
 * of work: it is kept as new, marked "sent without script", with the usual emails, and
 * the browser is sent (303) to the confirmation page (see publicForms/pageAnswer.ts).
 */
export const submitEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: publicForm({
    name: 'application',
    body: 'multipart',
    // Two files (CV, motivation letter) at their largest, and the form's text around them.
    maxBytes: 2 * maxUploadBytes + 1024 * 1024,
    limits,
    rules: async () => undefined,
    schema: () => volunteerApplicationSchema,
    input: (form) => applicationFromFormData(form).input,
    handle: submitApplication,
    landing: (_answer, { req, locale }) => confirmationUrl(req, 'application', locale),
  }),
}

async function submitApplication({ req, body: form, data: application, locale, withoutScript, message }: Submission<FormData, undefined, VolunteerApplication>): Promise<Answer> {
  const role = await findOpenRole(req, application.role, locale)
  if (!role || role.applicationForm !== application.track) return refused({ role: message('roleClosed') })

  const checked: Partial<Record<FileField, CheckedFile>> = {}
  const fileErrors: FieldErrors = {}
  for (const [field, file] of Object.entries(applicationFromFormData(form).files) as [FileField, File][]) {
    if (field === 'cv' && application.track === 'hosting') continue
    const bytes = new Uint8Array(await file.arrayBuffer())
    const type = bytes.byteLength <= maxUploadBytes ? detectDocumentType(bytes) : undefined
    if (bytes.byteLength > maxUploadBytes) fileErrors[field] = message('fileTooLarge')
    else if (!type) fileErrors[field] = message('fileType')
    else checked[field] = { bytes, type, name: file.name }
  }
  if (Object.keys(fileErrors).length > 0) return refused(fileErrors)

  const proof = await checkProofOfWork(req.payload, application.altcha)
  // Without script there is no proof to send: that is a person without JavaScript, not a robot. A proof that is
  // there and wrong (forged, replayed) is spam whichever way it came.
  const unchecked = proof === 'missing' && withoutScript
  const spamReason = proof === 'ok' || unchecked ? undefined : `proof of work ${proof}`
  const stored: StoredFile[] = []
  const shouldCommit = await initTransaction(req)
  try {
    const saved: Partial<Record<FileField, StoredFile>> = {}
    for (const [field, file] of Object.entries(checked) as [FileField, CheckedFile][]) {
      saved[field] = await storePrivateFile(file.bytes, file.name, file.type)
      stored.push(saved[field])
    }
    const otherRoles = await openRoleIds(req, application.otherRoles, role.id)
    const doc = await req.payload.create({
      collection: applicationsSlug,
      data: { ...recordData(application, role.id, otherRoles, saved, spamReason), sentWithoutScript: unchecked },
      overrideAccess: true,
      req,
    })
    if (!spamReason) await queueEmails(req, application, doc, String(role.title ?? ''))
    if (shouldCommit) await commitTransaction(req)
    return accepted({ reference: doc.reference }, 201)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    for (const file of stored) await deletePrivateFile(file.storedName)
    req.payload.logger.error({ err: error, msg: 'Could not store a volunteer application' })
    return refused({ _form: message('spam') }, 500)
  }
}

const asId = (value: string) => (/^\d+$/.test(value) ? Number(value) : value)

async function findOpenRole(req: PayloadRequest, id: string, locale: Locale): Promise<Role | undefined> {
  const { docs } = await req.payload.find({
    collection: 'volunteer-roles',
    where: { and: [{ id: { equals: asId(id) } }, { open: { equals: true } }, { _status: { equals: 'published' } }] },
    locale,
    depth: 0,
    limit: 1,
    draft: false,
    overrideAccess: true,
    req,
  })
  return docs[0] as Role | undefined
}

async function openRoleIds(req: PayloadRequest, ids: string[], primary: string | number): Promise<(string | number)[]> {
  const wanted = ids.map(asId).filter((id) => String(id) !== String(primary))
  if (wanted.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'volunteer-roles',
    where: { and: [{ id: { in: wanted } }, { open: { equals: true } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

function recordData(a: VolunteerApplication, roleId: string | number, otherRoles: (string | number)[], files: Partial<Record<FileField, StoredFile>>, spamReason?: string) {
  const file = (stored?: StoredFile) => (stored ? { storedName: stored.storedName, originalName: stored.originalName, mimeType: stored.mimeType, size: stored.size } : undefined)
  return {
    status: spamReason ? ('spam' as const) : ('new' as const),
    spamReason,
    role: roleId as number,
    otherRoles: otherRoles as number[],
    track: a.track,
    name: a.name,
    email: a.email,
    phone: a.phone,
    locale: a.locale,
    preferredLanguage: a.preferredLanguage,
    town: a.town,
    heardFrom: a.heardFrom,
    motivation: a.motivation,
    consent: true,
    consentAt: new Date().toISOString(),
    keepForFutureRoles: a.keepForFutureRoles,
    ...(a.track === 'standard'
      ? { languages: a.languages, centres: a.centres, hoursPerWeek: a.hoursPerWeek, drivingLicence: a.drivingLicence, experience: a.experience, experienceDetails: a.experienceDetails }
      : { hosting: { region: a.region, household: a.household, spareRoom: a.spareRoom, hostingPeriod: a.hostingPeriod } }),
    cv: file(files.cv),
    motivationFile: file(files.motivationFile),
  }
}

/**
 * The applicant's confirmation in their language, and the team's notice in the site's main
 * language (the role's title included; the admin link carries the rest). An Up Together
 * host family gets the host-interest email written for them, and the Up Together contact
 * is told; a volunteer gets the application confirmation, and the coordinator is told.
 */
async function queueEmails(req: PayloadRequest, a: VolunteerApplication, doc: { id: string | number; reference?: string | null }, roleTitle: string) {
  const related = { collection: applicationsSlug, id: doc.id }
  const reference = String(doc.reference)
  const adminUrl = adminDocumentUrl(applicationsSlug, doc.id)
  const selfServiceUrl = await issueLink(req, { collection: applicationsSlug, id: doc.id }, a.locale)
  if (a.track === 'hosting') {
    await queueEmail({ req, kind: 'host-interest-received', locale: a.locale, to: a.email, data: { hostName: a.name, selfServiceUrl }, idempotencyKey: `volunteer-application:${doc.id}:received`, related })
    await queueEmail({ req, kind: 'host-interest-new', locale: defaultLocale, data: { hostName: a.name, reference, adminUrl }, idempotencyKey: `volunteer-application:${doc.id}:new`, related })
    return
  }
  await queueEmail({
    req,
    kind: 'volunteer-application-received',
    locale: a.locale,
    to: a.email,
    data: { applicantName: a.name, roleTitle, reference, selfServiceUrl },
    idempotencyKey: `volunteer-application:${doc.id}:received`,
    related,
  })
  const role = await req.payload.findByID({ collection: 'volunteer-roles', id: asId(a.role), locale: defaultLocale, depth: 0, draft: false, overrideAccess: true, req })
  await queueEmail({
    req,
    kind: 'volunteer-application-new',
    locale: defaultLocale,
    data: { applicantName: a.name, roleTitle: String(role.title ?? roleTitle), reference, adminUrl },
    idempotencyKey: `volunteer-application:${doc.id}:new`,
    related,
  })
}
