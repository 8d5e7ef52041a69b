import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/**
 * The small file at the start of every backup archive: what it holds and where it comes
 * from, and a checksum of each file in it, so that a restore can tell a complete archive
 * from a damaged one before it touches anything.
 *
 *   manifest.json
 *   database/cms.db         (SQLite)  or  database/postgres.dump  (pg_dump's custom format)
 *   media/…                 uploaded images
 *   private/…               applicants' CVs and any other private file
 */
export const manifestName = 'manifest.json'
export const archiveFormat = 1

// A path inside the archive's own folders, never one that climbs out of where it is unpacked.
const archivePath = z.string().refine((path) => /^(database|media|private)\/./.test(path) && !path.split('/').some((part) => part === '..' || part === ''), 'not a path inside the archive')
const fileSchema = z.object({ path: archivePath, size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
const manifestSchema = z.object({
  format: z.literal(archiveFormat),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string(), commit: z.string().optional() }),
  database: fileSchema.extend({
    kind: z.enum(['sqlite', 'postgres']),
    migrations: z.array(z.object({ name: z.string(), batch: z.number() })),
  }),
  files: z.array(fileSchema),
})

export type ArchivedFile = z.infer<typeof fileSchema>
export type Manifest = z.infer<typeof manifestSchema>
export type DatabaseKind = Manifest['database']['kind']
export type MigrationRecord = Manifest['database']['migrations'][number]

export function parseManifest(text: string): Manifest {
  const parsed = manifestSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`The archive's ${manifestName} is not one this version can read: ${parsed.error.issues[0]?.message}`)
  return parsed.data
}

/** Size and SHA-256 of a file under `root`, named by its path in the archive. */
export async function describeFile(root: string, relative: string): Promise<ArchivedFile> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of fs.createReadStream(path.join(root, relative))) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { path: relative, size, sha256: hash.digest('hex') }
}

/** Every file the manifest lists, as extracted under `root`: one line per missing or altered file. */
export async function damagedFiles(root: string, files: ArchivedFile[]): Promise<string[]> {
  const problems: string[] = []
  for (const expected of files) {
    if (!fs.existsSync(path.join(root, expected.path))) {
      problems.push(`${expected.path}: missing`)
      continue
    }
    const actual = await describeFile(root, expected.path)
    if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) problems.push(`${expected.path}: not the file that was backed up`)
  }
  return problems
}
