import fs from 'node:fs'
import path from 'node:path'
import * as tar from 'tar'
import { type Manifest, manifestName, parseManifest } from './manifest'

/**
 * The backup archive: a gzip-compressed tar file (readable with any `tar -xzf`), written
 * with the `tar` package. Only the entries a backup holds are ever extracted, and only
 * as plain files and folders: an archive cannot place a link, or write outside the
 * folder it is unpacked into.
 */
const topLevel = new Set([manifestName, 'database', 'media', 'private'])

/**
 * Packs `entries` (paths relative to `cwd`, the manifest first) into `file`. The archive
 * is written beside its final name and renamed once complete, so that no half-written
 * file is ever taken for a backup.
 */
export async function writeArchive(file: string, cwd: string, entries: string[]): Promise<void> {
  const partial = `${file}.partial`
  try {
    // strict: a file that cannot be read (deleted during the backup) fails the backup instead of leaving it out.
    await tar.create({ file: partial, cwd, gzip: true, portable: true, strict: true, noDirRecurse: true }, entries)
    fs.chmodSync(partial, 0o600)
    fs.renameSync(partial, file)
  } finally {
    fs.rmSync(partial, { force: true })
  }
}

export async function readManifest(file: string): Promise<Manifest> {
  let text: string | undefined
  await tar.list({
    file,
    strict: true,
    onReadEntry: (entry) => {
      // tar.list drains every entry itself; only the manifest is read.
      if (entry.path !== manifestName) return
      const chunks: Buffer[] = []
      entry.on('data', (chunk: Buffer) => chunks.push(chunk))
      entry.on('end', () => (text = Buffer.concat(chunks).toString('utf8')))
    },
  })
  if (text === undefined) throw new Error(`${file} has no ${manifestName}: it is not a backup made by npm run backup.`)
  return parseManifest(text)
}

export async function extractArchive(file: string, dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true })
  await tar.extract({
    file,
    cwd: dir,
    strict: true,
    filter: (entryPath, entry) => {
      const type = (entry as tar.ReadEntry).type
      return topLevel.has(entryPath.split('/')[0]) && (type === 'File' || type === 'Directory') && !entryPath.split('/').includes('..')
    },
  })
  if (!fs.existsSync(path.join(dir, manifestName))) throw new Error(`${file} has no ${manifestName}: it is not a backup made by npm run backup.`)
}
