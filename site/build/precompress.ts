import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

/** The files worth compressing: text. Images and fonts (WebP, WOFF2) are compressed already. */
export const textExtensions = ['html', 'css', 'js', 'mjs', 'svg', 'xml', 'txt', 'json', 'webmanifest'] as const
export const compressedExtensions = ['br', 'gz'] as const

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * The site build's step after `_headers`: a Brotli (`.br`) and a gzip (`.gz`) copy beside
 * every text file of the built site, at the best quality, since it is paid once per build
 * and not per request. scripts/serve-site.ts serves them, as static hosts that look for
 * precompressed files do. A copy no smaller than its original is not written: a server
 * would send it in place of the smaller original.
 *
 * Two things keep this cheap as the site grows. A few files at a time: every Brotli call
 * holds an encoder of several megabytes from the moment it is made, so starting all of
 * them at once (thousands of pages) took gigabytes. And a file identical to the same file
 * of the previous build (`previousDir`, the build being served) takes that build's copies
 * as hard links: after a publish most pages have not changed, and compression at the best
 * quality is most of a rebuild's time.
 */
export async function precompress(outDir: string, previousDir?: string): Promise<{ compressed: number; reused: number }> {
  const files = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => (textExtensions as readonly string[]).includes(path.extname(file).slice(1)))
  const previous = previousDir && path.resolve(previousDir) !== path.resolve(outDir) && fs.existsSync(previousDir) ? previousDir : undefined
  const counts = { compressed: 0, reused: 0 }
  const queue = [...files]
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const original = await fs.promises.readFile(path.join(outDir, file))
      if (previous && (await reuseCopies(original, path.join(outDir, file), path.join(previous, file)))) counts.reused++
      else {
        await compressFile(original, path.join(outDir, file))
        counts.compressed++
      }
    }
  }
  // Two compressions per file on libuv's pool of four threads: one file per core keeps it busy.
  await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism()) }, worker))
  return counts
}

async function compressFile(original: Buffer, file: string): Promise<void> {
  const [br, gz] = await Promise.all([
    brotli(original, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzip(original, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ])
  await Promise.all([
    br.length < original.length ? fs.promises.writeFile(`${file}.br`, br) : undefined,
    gz.length < original.length ? fs.promises.writeFile(`${file}.gz`, gz) : undefined,
  ])
}

/**
 * The previous build's copies of a byte-identical file, linked in. Compression is
 * deterministic, so a copy the previous build did not write (not smaller than its
 * original) would not be written now either.
 */
async function reuseCopies(original: Buffer, file: string, previousFile: string): Promise<boolean> {
  // A size that differs settles it without reading the file.
  const size = await fs.promises.stat(previousFile).then((stats) => stats.size).catch(() => undefined)
  if (size !== original.length) return false
  const before = await fs.promises.readFile(previousFile).catch(() => undefined)
  if (!before || !before.equals(original)) return false
  // Neither copy: too small to gain, or a build from before copies were made; compressing again settles it.
  const present = compressedExtensions.filter((extension) => fs.existsSync(`${previousFile}.${extension}`))
  if (present.length === 0) return false
  for (const extension of present) {
    try {
      await fs.promises.link(`${previousFile}.${extension}`, `${file}.${extension}`)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EXDEV' && code !== 'EPERM') throw error
      // Another file system, or links not allowed: a copy does as well.
      await fs.promises.copyFile(`${previousFile}.${extension}`, `${file}.${extension}`)
    }
  }
  return true
}
