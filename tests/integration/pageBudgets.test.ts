import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { pageBudgets } from '../../site/build/pageBudgets'
import { fallbackFace } from '../../site/styles/fonts/fallbackFace'
import { webFonts } from '../../site/styles/fonts/webFonts'
import { allHtmlFiles, buildSite } from './support/siteBuild'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * What each page of the built site costs a visitor, in bytes sent with gzip (level 9, as
 * a build's precompressed copies would be), held to these budgets. The JavaScript of a
 * page is what it loads before anyone touches it: its inline scripts, its islands' and
 * their renderer's modules, and everything those import statically. What an island
 * imports later (the QR code library, the proof of work) is not counted, as it is not
 * sent unless asked for. The budgets are in site/build/pageBudgets.ts, shared with the
 * Lighthouse benchmark.
 */
const budgets = pageBudgets

let cms: TestCms
let outDir: string
let pages: BuiltPage[]

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-budgets-'))
  // Measured as visitors get it: the test runner's NODE_ENV=test would build React's development files.
  const build = buildSite({ ...cms.env, NODE_ENV: 'production' }, outDir)
  if (!build.ok) throw new Error(build.output)
  pages = allHtmlFiles(outDir).map((file) => readBuiltPage(outDir, file))
})
afterAll(async () => {
  await cms?.close()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

describe('every built page within its byte budget', () => {
  it('keeps HTML and CSS within budget on every page', () => {
    expect(pages.length).toBeGreaterThan(30)
    const over: string[] = []
    for (const page of pages) {
      const html = gzipSize(page.html)
      const css = page.stylesheets.reduce((sum, href) => sum + gzipSize(readAsset(href)), 0) + page.inlineStyles.reduce((sum, style) => sum + gzipSize(style), 0)
      if (html > budgets.html) over.push(`${page.url}: HTML ${html} B > ${budgets.html} B`)
      if (css > budgets.css) over.push(`${page.url}: CSS ${css} B > ${budgets.css} B`)
    }
    expect(over).toEqual([])
  })

  it('sends no script with content pages, and no more than React and 20 KB with a page that has islands', () => {
    const renderers = new Set(pages.flatMap((page) => page.rendererUrls))
    expect([...renderers], 'one React renderer for every island').toHaveLength(1)
    const react = moduleGraph([...renderers])
    // The renderer's own chunk is react-dom's client (with Astro's few lines to hydrate an island).
    expect([...react].some((file) => /react\.dev\/errors|__REACT_DEVTOOLS_GLOBAL_HOOK__/.test(readAsset(file)))).toBe(true)
    const reactBytes = [...react].reduce((sum, file) => sum + gzipSize(readAsset(file)), 0)
    expect(reactBytes).toBeGreaterThan(40_000)

    const islandPages = pages.filter((page) => page.islandUrls.length > 0)
    expect(islandPages.map((page) => page.url)).toEqual(expect.arrayContaining(['/en/donate/', '/nl/materiaal/', '/fr/benevolat/visiteur-amical/', '/en/']))
    const over: string[] = []
    for (const page of pages) {
      const bytes = scriptBytes(page)
      const budget = page.islandUrls.length > 0 ? reactBytes + budgets.islandScriptBeyondReact : page.url === '/' ? budgets.rootChooserScript : budgets.contentScript
      if (bytes > budget) over.push(`${page.url}: script ${bytes} B > ${budget} B`)
      if (page.islandUrls.length === 0 && page.url !== '/' && page.scriptTags > 0) over.push(`${page.url}: a content page with ${page.scriptTags} <script>`)
    }
    expect(over).toEqual([])
  })

  it('gives every image its width and height, so that its room is kept before it loads', () => {
    const unsized = pages.flatMap((page) => page.images.filter((img) => !/\bwidth="\d+"/.test(img) || !/\bheight="\d+"/.test(img)).map((img) => `${page.url}: ${img}`))
    expect(unsized).toEqual([])
  })
})

describe('web fonts', () => {
  it('follows every web font in every font stack with a fallback matched to its metrics', async () => {
    const css = [...new Set(pages.flatMap((page) => [...page.stylesheets.map(readAsset), ...page.inlineStyles]))].join('\n')
    const faces = fontFaces(css)
    const webFaces = faces.filter((face) => /url\(/.test(face.src))
    const fallbackFaces = new Map(faces.filter(isMetricOverride).map((face) => [face.family, face]))
    const stacks = fontStacks(css)
    expect(webFaces.length).toBeGreaterThan(0)

    const problems: string[] = []
    for (const family of new Set(webFaces.map((face) => face.family))) {
      const font = webFonts.find((candidate) => candidate.family === family)
      if (!font) {
        problems.push(`${family}: a web font not listed in site/styles/fonts/webFonts.ts`)
        continue
      }
      const using = stacks.filter((stack) => stack.includes(family))
      if (using.length === 0) problems.push(`${family}: in no font stack`)
      const latinFile = webFaces.find((face) => face.family === family && /-latin-wght-normal\.[^.]+\.woff2/.test(face.src))?.src.match(/url\(["']?([^"')]+)/)?.[1]
      if (!latinFile) {
        problems.push(`${family}: no latin file`)
        continue
      }
      const expected = await fallbackFace(font, fs.readFileSync(assetPath(latinFile)))
      for (const stack of using) {
        const fallback = stack.slice(stack.indexOf(family) + 1).map((name) => fallbackFaces.get(name)).find(Boolean)
        if (!fallback) {
          problems.push(`${family}: no metric-matched fallback after it in "${stack.join(', ')}"`)
          continue
        }
        for (const [descriptor, value] of Object.entries({ 'size-adjust': expected.sizeAdjust, 'ascent-override': expected.ascentOverride, 'descent-override': expected.descentOverride, 'line-gap-override': expected.lineGapOverride })) {
          const built = parseFloat(fallback.descriptors[descriptor] ?? '')
          if (!(Math.abs(built - parseFloat(value)) < 0.01)) problems.push(`${fallback.family}: ${descriptor} ${fallback.descriptors[descriptor]}, computed from the font file ${value} (run site/styles/fonts/generate.ts)`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('preloads only font files that the page’s own faces use', () => {
    const problems: string[] = []
    for (const page of pages) {
      const urls = new Set(fontFaces([...page.stylesheets.map(readAsset), ...page.inlineStyles].join('\n')).flatMap((face) => [...face.src.matchAll(/url\(["']?([^"')]+)/g)].map((match) => match[1])))
      for (const href of page.fontPreloads) if (!urls.has(href)) problems.push(`${page.url}: preloads ${href}, which none of its @font-face uses`)
    }
    expect(pages.some((page) => page.fontPreloads.length > 0)).toBe(true)
    expect(problems).toEqual([])
  })
})

/** A built page as this test reads it. */
type BuiltPage = {
  url: string
  html: string
  scriptTags: number
  inlineScripts: string[]
  scriptUrls: string[]
  islandUrls: string[]
  rendererUrls: string[]
  stylesheets: string[]
  inlineStyles: string[]
  fontPreloads: string[]
  images: string[]
}

function readBuiltPage(root: string, file: string): BuiltPage {
  const html = fs.readFileSync(file, 'utf8')
  const relative = path.relative(root, file).split(path.sep).join('/')
  const url = `/${relative.replace(/(^|\/)index\.html$/, '$1')}`
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/gi)].map((match) => match[0])
  const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[0])
  return {
    url,
    html,
    scriptTags: scripts.length,
    inlineScripts: scripts.filter((match) => !attribute(match[1], 'src')).map((match) => match[2]),
    scriptUrls: scripts.map((match) => attribute(match[1], 'src')).filter((src): src is string => Boolean(src)),
    islandUrls: islands.flatMap((tag) => [attribute(tag, 'component-url'), attribute(tag, 'before-hydration-url')]).filter((src): src is string => Boolean(src)),
    rendererUrls: islands.map((tag) => attribute(tag, 'renderer-url')).filter((src): src is string => Boolean(src)),
    stylesheets: tags(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi).map((tag) => attribute(tag, 'href')!),
    inlineStyles: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]),
    fontPreloads: tags(/<link\b[^>]*\brel="preload"[^>]*>/gi)
      .filter((tag) => attribute(tag, 'as') === 'font')
      .map((tag) => attribute(tag, 'href')!),
    images: tags(/<img\b[^>]*>/gi),
  }
}

function attribute(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&')
}

/** Everything a page's script loads at once: its own files and, through static imports, theirs. */
function scriptBytes(page: BuiltPage): number {
  const files = moduleGraph([...page.scriptUrls.filter((src) => src.startsWith('/')), ...page.islandUrls, ...page.rendererUrls])
  const inline = page.inlineScripts.join('\n')
  return [...files].reduce((sum, file) => sum + gzipSize(readAsset(file)), inline ? gzipSize(inline) : 0)
}

/**
 * The modules loaded with `entries`: each file and what it imports statically
 * (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`), but not
 * what it imports later with `import("./x.js")`.
 */
function moduleGraph(entries: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (url: string) => {
    if (seen.has(url)) return
    seen.add(url)
    for (const match of readAsset(url).matchAll(/\b(?:import|export)\s*(?:[\w$*{][^;()]*?\bfrom\s*)?["']([^"']+)["']/g)) {
      if (match[1].startsWith('.') || match[1].startsWith('/')) visit(new URL(match[1], `http://site${url}`).pathname)
    }
  }
  for (const entry of entries) visit(entry)
  return seen
}

function assetPath(url: string): string {
  return path.join(outDir, decodeURIComponent(new URL(url, 'http://site/').pathname))
}

function readAsset(url: string): string {
  return fs.readFileSync(assetPath(url), 'utf8')
}

function gzipSize(text: string): number {
  return zlib.gzipSync(text, { level: 9 }).length
}

type FontFace = { family: string; src: string; descriptors: Record<string, string> }

function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((match) => {
    const descriptors = Object.fromEntries(
      match[1]
        .split(';')
        .map((declaration) => declaration.match(/^\s*([\w-]+)\s*:\s*([\s\S]+?)\s*$/))
        .filter((pair): pair is RegExpMatchArray => Boolean(pair))
        .map((pair) => [pair[1].toLowerCase(), pair[2]]),
    )
    return { family: unquote(descriptors['font-family'] ?? ''), src: descriptors.src ?? '', descriptors }
  })
}

/** A face that draws a local font to another font's measurements. */
function isMetricOverride(face: FontFace): boolean {
  return /local\(/.test(face.src) && !/url\(/.test(face.src) && ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override'].every((descriptor) => face.descriptors[descriptor])
}

/** Every list of families the stylesheets give: font-family declarations and the custom properties that hold a stack. */
function fontStacks(css: string): string[][] {
  const outsideFaces = css.replace(/@font-face\s*\{[^}]*\}/g, '')
  return [...outsideFaces.matchAll(/(?:font-family|--[\w-]+)\s*:\s*([^;}]+)/g)].map((match) => match[1].split(',').map(unquote))
}

function unquote(name: string): string {
  return name.trim().replace(/^(["'])(.*)\1$/, '$2')
}
