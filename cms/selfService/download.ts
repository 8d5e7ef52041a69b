import type { PayloadRequest, Where } from 'payload'
import { emailCatalog, isEmailKind } from '../../emails/catalog'
import { emailMessagesSlug } from '../email/constants'
import { readPrivateFile } from '../volunteering/files'
import type { Person } from './people'
import { subjectsOf } from './people'
import { type ZipFile, zipArchive } from './zipWriter'

/**
 * Everything held about a person, as one ZIP: `data.json` (their records as stored, less
 * the internal names of stored files), the files they sent, and the list of emails we
 * sent them (their subject, date and status; the texts are what those emails said).
 */
export async function personArchive(req: PayloadRequest, person: Person): Promise<{ name: string; bytes: Buffer }> {
  const files: ZipFile[] = []
  let records: Record<string, unknown>
  if (person.kind === 'applicant') {
    const { docs } = await req.payload.find({ collection: 'volunteer-applications', where: { email: { equals: person.application.email } }, pagination: false, depth: 0, overrideAccess: true, req })
    for (const application of docs) {
      for (const field of ['cv', 'motivationFile'] as const) {
        const stored = application[field]
        if (!stored?.storedName) continue
        const bytes = await readPrivateFile(stored.storedName)
        if (bytes) files.push({ name: `files/${application.reference ?? application.id}-${field}-${stored.originalName ?? stored.storedName}`, bytes })
      }
    }
    records = { applications: docs.map((doc) => withoutStoredNames(doc as unknown as Record<string, unknown>)) }
  } else if (person.kind === 'donor') {
    records = { gifts: person.donations, monthlyGifts: person.monthlyGifts }
  } else {
    records = { pledges: [person.pledge] }
  }
  const subjects = subjectsOf(person)
  const or: Where[] = subjects.map((subject): Where => ({ and: [{ 'related.collection': { equals: subject.collection } }, { 'related.documentId': { equals: String(subject.id) } }] }))
  const emails = or.length
    ? (await req.payload.find({ collection: emailMessagesSlug, where: { or }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true, req })).docs
    : []
  const data = {
    exportedAt: new Date().toISOString(),
    ...records,
    emails: emails.filter((message) => isEmailKind(message.kind) && !emailCatalog[message.kind].staffRecipient).map((message) => ({ to: message.to, subject: message.subject, sentAt: message.sentAt ?? null, queuedAt: message.createdAt, status: message.status, text: message.text })),
  }
  files.unshift({ name: 'data.json', bytes: Buffer.from(JSON.stringify(data, null, 2), 'utf8') })
  return { name: `my-data-${new Date().toISOString().slice(0, 10)}.zip`, bytes: zipArchive(files) }
}

function withoutStoredNames<T extends Record<string, unknown>>(doc: T): T {
  const copy: Record<string, unknown> = { ...doc }
  for (const field of ['cv', 'motivationFile']) {
    const file = copy[field] as Record<string, unknown> | null | undefined
    if (file && typeof file === 'object') {
      const { storedName: _internal, ...rest } = file
      copy[field] = rest
    }
  }
  return copy as T
}
