import fs from 'node:fs'
import path from 'node:path'

/**
 * The folders of DATA_DIR a backup keeps besides the database: uploaded media and the
 * private files (applicants' CVs under private/cv). The rest of DATA_DIR (previews,
 * SQLite's own -wal and -shm files) is made again or comes with the database copy.
 */
export const dataFolders = ['media', 'private'] as const

/** Every regular file in those folders, as paths relative to DATA_DIR with `/` separators, sorted. */
export function listDataFiles(dataDir: string): string[] {
  const files: string[] = []
  for (const folder of dataFolders) {
    const root = path.join(dataDir, folder)
    if (!fs.existsSync(root)) continue
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(dataDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    }
  }
  return files.sort()
}

/**
 * Applicants' files must stay readable by the CMS's user alone, as
 * cms/volunteering/files.ts writes them: folders 0700, files 0600.
 */
export function restrictPrivateFiles(dataDir: string): void {
  const root = path.join(dataDir, 'private')
  if (!fs.existsSync(root)) return
  fs.chmodSync(root, 0o700)
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    fs.chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o700 : 0o600)
  }
}

/** A data folder with anything in it: a restore would mix two states. */
export function hasData(dataDir: string): boolean {
  return fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0
}
