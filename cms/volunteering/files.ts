import { randomBytes } from 'node:crypto'
import { privateFileStore } from '../storage/privateFiles'
import { type DocumentType, documentMimeTypes } from './fileType'

/**
 * Applicants' files live in the private file store (cms/storage/privateFiles.ts): a
 * folder of DATA_DIR nothing serves, or a private prefix of a bucket. Each gets a random
 * name, so a name reveals nothing and cannot be guessed; the only way out is the
 * coordinator's authenticated download route.
 */
export type StoredFile = { storedName: string; originalName: string; type: DocumentType; mimeType: string; size: number }

/**
 * The file is stored for good when this returns, before its record is committed (the
 * caller stores the record after this): a crash can then leave a file without a record,
 * which the sweep after a restart removes (cms/recovery/), but never a record without its file.
 */
export async function storePrivateFile(bytes: Uint8Array, originalName: string, type: DocumentType): Promise<StoredFile> {
  const storedName = `${randomBytes(24).toString('hex')}.${type}`
  await privateFileStore().put(storedName, bytes)
  return { storedName, originalName: safeName(originalName, type), type, mimeType: documentMimeTypes[type], size: bytes.byteLength }
}

/** Whether a name is one this module made: nothing else is ever read or deleted. */
export function isStoredName(storedName: string): boolean {
  return /^[0-9a-f]{48}\.(pdf|docx|odt)$/.test(storedName)
}

function checked(storedName: string): string {
  if (!isStoredName(storedName)) throw new Error('Not a stored file name.')
  return storedName
}

/** A stored file's bytes, or undefined when it is missing (or the name is not one of ours). */
export async function readPrivateFile(storedName: string): Promise<Uint8Array | undefined> {
  return isStoredName(storedName) ? privateFileStore().get(storedName) : undefined
}

export async function deletePrivateFile(storedName: string | null | undefined): Promise<void> {
  if (!storedName) return
  await privateFileStore().delete(checked(storedName))
}

/**
 * The name shown to the coordinator on download: the applicant's own, cleaned of folders
 * (either kind of slash), of anything but letters, digits, spaces, dots, dashes and
 * underscores (so no NUL, no control or bidi character, no quote to break a header),
 * of leading dots, and given the real extension.
 */
export function safeName(name: string, type: DocumentType): string {
  const last = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  const base = last
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{M}\p{N} ._-]/gu, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 80)
  return `${base || 'document'}.${type}`
}
