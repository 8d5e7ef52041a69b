import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, expect, it } from 'vitest'
import { precompress } from '../../site/build/precompress'

/**
 * The build's Brotli and gzip copies: written beside every text file worth it, and taken
 * from the build being served for every file that has not changed since (hard links, so
 * a publish does not compress thousands of unchanged pages again).
 */
const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
})

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'))
  folders.push(dir)
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const page = (title: string) => `<!doctype html><html lang="en"><title>${title}</title>${'<p>Visits in closed detention centres. '.repeat(200)}</html>`

it('writes both copies of every text file that they make smaller, and only those', async () => {
  const dir = site({ 'en/index.html': page('Home'), 'tiny.txt': 'a', 'media/photo.webp': 'not text' })
  expect(await precompress(dir)).toEqual({ compressed: 2, reused: 0 })
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'en/index.html.br'))).toString()).toBe(page('Home'))
  expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'en/index.html.gz'))).toString()).toBe(page('Home'))
  expect(fs.existsSync(path.join(dir, 'tiny.txt.br'))).toBe(false)
  expect(fs.existsSync(path.join(dir, 'tiny.txt.gz'))).toBe(false)
  expect(fs.existsSync(path.join(dir, 'media/photo.webp.br'))).toBe(false)
})

it('links the previous build’s copies of unchanged files and compresses the changed ones', async () => {
  const previous = site({ 'en/index.html': page('Home'), 'en/news/index.html': page('News') })
  await precompress(previous)
  const next = site({ 'en/index.html': page('Home'), 'en/news/index.html': page('News, with a new article'), 'en/news/new/index.html': page('New') })

  expect(await precompress(next, previous)).toEqual({ compressed: 2, reused: 1 })
  for (const extension of ['br', 'gz']) {
    const inode = (dir: string, file: string) => fs.statSync(path.join(dir, `${file}.${extension}`)).ino
    expect(inode(next, 'en/index.html')).toBe(inode(previous, 'en/index.html'))
    expect(inode(next, 'en/news/index.html')).not.toBe(inode(previous, 'en/news/index.html'))
  }
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(next, 'en/news/index.html.br'))).toString()).toBe(page('News, with a new article'))
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(next, 'en/news/new/index.html.br'))).toString()).toBe(page('New'))
})

it('compresses again when the previous build has no copies of an unchanged file', async () => {
  const previous = site({ 'en/index.html': page('Home') })
  const next = site({ 'en/index.html': page('Home') })
  expect(await precompress(next, previous)).toEqual({ compressed: 1, reused: 0 })
  expect(fs.existsSync(path.join(next, 'en/index.html.br'))).toBe(true)
})
