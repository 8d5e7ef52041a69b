import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export type BuildResult = { ok: boolean; output: string; outDir: string }

/** Runs the real `astro build` against a test CMS's database, into a folder of the test's own. */
export function buildSite(env: Record<string, string>, outDir: string): BuildResult {
  fs.rmSync(outDir, { recursive: true, force: true })
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, ...env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  })
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir }
}

export function readPage(outDir: string, urlPath: string): string {
  return fs.readFileSync(path.join(outDir, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8')
}

export function allHtmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => path.join(dir, file))
}
