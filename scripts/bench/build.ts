/**
 * `npm run bench:build` (and part of `npm run bench`): what the site build costs as content
 * grows. Seeds the usual content plus 1,000 news articles in three languages (about 3,000
 * more pages), then measures (1) a full build of the static site: wall time and the peak
 * memory of the build's whole process tree, and (2) publish to live: the time from an
 * editor's publish (REST, as the admin does) until the new article answers on the site
 * server, with the app started as `npm start` starts it and rebuilding by itself. Prints
 * each figure beside its target and writes bench-results/build.json. A benchmark, not a test.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ui } from '../../site/i18n'
import { adminToken, api } from '../../tests/load/support/burst'
import { startStack } from '../../tests/load/support/stack'
import { measureProcessTree } from './processTree'

const targets = { buildSeconds: 60, buildPeakMb: 1_536, publishToLiveSeconds: 30 }
const name = 'bench-build'
const dataDir = path.resolve('.test-data', name)
const articles = Number(process.env.BENCH_ARTICLES || 1_000)

export type BuildBench = { articles: number; pages: number; buildSeconds: number; buildPeakMb: number; publishToLiveSeconds: number }

function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dataDir,
    SITE_OUT_DIR: path.join(dataDir, 'site'),
    DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
    TEST_DATABASE_URL: '',
    BENCH_ARTICLES: String(articles),
  }
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { env: env(), stdio: ['ignore', 'inherit', 'inherit'] })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))))
  })
}

function countPages(dir: string): number {
  let pages = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name === 'index.html') pages++
  return pages
}

export async function benchBuild(): Promise<BuildBench> {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  console.log(`\nBuild: preparing the content (the seed and ${articles} articles in three languages)…`)
  await run(['payload', 'migrate'])
  await run(['tsx', 'cms/seed/index.ts'])
  await run(['tsx', 'scripts/bench/manyArticles.ts'])

  console.log('Build: a full build of the static site…')
  const build = await measureProcessTree('npx', ['tsx', 'scripts/build-site.ts'], env())
  if (build.code !== 0) throw new Error(`The site build failed (exit ${build.code})`)
  const pages = countPages(path.join(dataDir, 'site'))

  console.log('Build: publish to live, with the app started as `npm start` starts it…')
  const stack = await startStack('sqlite', { name, keepData: true })
  let publishToLiveSeconds = Number.NaN
  try {
    const token = await adminToken(stack.cmsUrl)
    const slug = `bench-published-${Date.now()}`
    const body = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'Nieuw.', detail: 0, format: 0, mode: 'normal', style: '' }] }] } }
    const started = Date.now()
    await api(stack.cmsUrl, token, '/api/news?locale=nl', { method: 'POST', body: JSON.stringify({ title: 'Net gepubliceerd', slug, summary: 'Net gepubliceerd.', body, _status: 'published' }) })
    const url = `${stack.siteUrl}/nl/${ui('nl').routes.news}/${slug}/`
    while (Date.now() - started < 600_000) {
      const response = await fetch(url).catch(() => undefined)
      if (response?.status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    publishToLiveSeconds = (Date.now() - started) / 1000
  } finally {
    await stack.stop()
  }
  return { articles, pages, buildSeconds: build.seconds, buildPeakMb: build.peakRssMb, publishToLiveSeconds }
}

export function printBuild(result: BuildBench) {
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(34) : cell.padStart(14))).join(''))
  console.log(`\nBuild cost with ${result.articles} extra articles (${result.pages} pages in all)\n`)
  line(['measure', 'figure', 'target'])
  line(['full build, wall time (s)', result.buildSeconds.toFixed(1), `≤ ${targets.buildSeconds}`])
  line(['full build, peak memory (MB)', result.buildPeakMb.toFixed(0), `≤ ${targets.buildPeakMb}`])
  line(['publish to live (s)', result.publishToLiveSeconds.toFixed(1), `≤ ${targets.publishToLiveSeconds}`])
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchBuild()
  printBuild(result)
  fs.mkdirSync('bench-results', { recursive: true })
  fs.writeFileSync('bench-results/build.json', `${JSON.stringify({ ...result, targets }, null, 2)}\n`)
  process.exit(0)
}
