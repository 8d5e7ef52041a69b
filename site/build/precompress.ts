import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

/** The files worth compressing: text. Images and fonts (WebP, WOFF2) are compressed already. */
export const textExtensions = ['html', 'css', 'js', 'mjs', 'svg', 'xml', 'txt', 'json', 'webmanifest'] as const

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * The site build's step after `_headers`: a Brotli (`.br`) and a gzip (`.gz`) copy beside
 * every text file of the built site, at the best quality, since it is paid once per build
 * and not per request. scripts/serve-site.ts serves them, as static hosts that look for
 * precompressed files do. A copy no smaller than its original is not written: a server
 * would send it in place of the smaller original.
 */
export async function precompress(outDir: string): Promise<void> {
  const files = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => (textExtensions as readonly string[]).includes(path.extname(file).slice(1)))
    .map((file) => path.join(outDir, file))
  // zlib's asynchronous calls run on libuv's small thread pool, which bounds the concurrency.
  await Promise.all(files.map(compressFile))
}

async function compressFile(file: string): Promise<void> {
  const original = await fs.promises.readFile(file)
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
