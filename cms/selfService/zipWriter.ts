import { zipSync, type Zippable } from 'fflate'

/**
 * A ZIP archive built in memory with fflate, for downloads of a few megabytes at most (a
 * person's own data with the files they sent; a year's tax certificates). Names are kept
 * as given (UTF-8), each must be unique.
 */
export type ZipFile = { name: string; bytes: Uint8Array }

export function zipArchive(files: ZipFile[], now = new Date()): Buffer {
  const entries: Zippable = {}
  for (const file of files) {
    if (file.name in entries) throw new Error(`Two files named ${file.name} in one archive`)
    entries[file.name] = [file.bytes, { mtime: now }]
  }
  return Buffer.from(zipSync(entries, { level: 6 }))
}
