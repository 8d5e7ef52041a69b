import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { dataDir } from '../env'
import { type DocumentType, documentMimeTypes } from './fileType'

/**
 * Applicants' files live under data/private/cv, a folder nothing serves: not the media
 * folder, not the site. Each gets a random name, so a name reveals nothing and cannot be
 * guessed; the only way out is the coordinator's authenticated download route.
 */
export function privateFilesDir(): string {
  return path.join(process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : dataDir, 'private', 'cv')
}

export type StoredFile = { storedName: string; originalName: string; type: DocumentType; mimeType: string; size: number }

export async function storePrivateFile(bytes: Uint8Array, originalName: string, type: DocumentType): Promise<StoredFile> {
  const dir = privateFilesDir()
  await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  const storedName = `${randomBytes(24).toString('hex')}.${type}`
  await writeDurably(dir, storedName, bytes)
  return { storedName, originalName: safeName(originalName, type), type, mimeType: documentMimeTypes[type], size: bytes.byteLength }
}

/**
 * The file is on disk for good before its record is committed (the caller stores the
 * record after this returns): a crash can then leave a file without a record, which the
 * sweep after a restart removes (cms/recovery/), but never a record without its file.
 */
async function writeDurably(dir: string, name: string, bytes: Uint8Array) {
  const file = await fs.open(path.join(dir, name), 'wx', 0o600)
  try {
    await file.writeFile(bytes)
    await file.sync()
  } finally {
    await file.close()
  }
  const folder = await fs.open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** The path of a stored file, refusing any name that is not one this module made. */
export function privateFilePath(storedName: string): string {
  if (!/^[0-9a-f]{48}\.(pdf|docx|odt)$/.test(storedName)) throw new Error('Not a stored file name.')
  return path.join(privateFilesDir(), storedName)
}

export async function deletePrivateFile(storedName: string | null | undefined): Promise<void> {
  if (!storedName) return
  await fs.rm(privateFilePath(storedName), { force: true })
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
