import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../paths'

/**
 * Builds the static site next to the one being served, then points the served folder (a
 * symbolic link) at the new build in one step: a visitor never sees a half-built site,
 * and a failed build leaves the previous one online.
 *
 *   dist/site            → dist/site.builds/2026-11-21T06-40-00-123Z
 *   dist/site.builds/…   the last few builds
 */
export type LocalBuildResult = { ok: true; outDir: string } | { ok: false; error: string }

const keptBuilds = 3

export function servedSiteDir(): string {
  return path.resolve(projectRoot, process.env.SITE_OUT_DIR || 'dist/site')
}

export async function buildSiteAtomically(env: Record<string, string | undefined> = {}, served = servedSiteDir()): Promise<LocalBuildResult> {
  const buildsDir = `${served}.builds`
  fs.mkdirSync(buildsDir, { recursive: true })
  adoptPlainDirectory(served, buildsDir)

  const outDir = path.join(buildsDir, new Date().toISOString().replace(/[:.]/g, '-'))
  // The build being served: its compressed copies of unchanged files are reused (site/build/precompress.ts).
  const previous = fs.existsSync(served) ? fs.realpathSync(served) : undefined
  const result = await runAstroBuild(outDir, { SITE_PREVIOUS_BUILD_DIR: previous, ...env })
  if (!result.ok) {
    fs.rmSync(outDir, { recursive: true, force: true })
    return result
  }
  const nextLink = `${served}.next-link`
  fs.rmSync(nextLink, { force: true })
  fs.symlinkSync(outDir, nextLink, 'dir')
  fs.renameSync(nextLink, served)
  pruneOldBuilds(buildsDir, outDir)
  return { ok: true, outDir }
}

/** A site built before builds were kept side by side: keep serving it until the first new build. */
function adoptPlainDirectory(served: string, buildsDir: string) {
  const stat = fs.lstatSync(served, { throwIfNoEntry: false })
  if (!stat || stat.isSymbolicLink()) return
  const adopted = path.join(buildsDir, 'adopted')
  fs.rmSync(adopted, { recursive: true, force: true })
  fs.renameSync(served, adopted)
  fs.symlinkSync(adopted, served, 'dir')
}

function pruneOldBuilds(buildsDir: string, current: string) {
  const builds = fs
    .readdirSync(buildsDir)
    .map((name) => path.join(buildsDir, name))
    .filter((dir) => dir !== current)
    .sort()
  for (const old of builds.slice(0, Math.max(0, builds.length - (keptBuilds - 1)))) fs.rmSync(old, { recursive: true, force: true })
}

/**
 * Each build has folders of its own, so that two builds at once (a rebuild after a
 * publish, a preview, `npm run build`) never share work files: its own Astro cache
 * (SITE_CACHE_DIR, read by astro.config.mjs) and its own working directory. The latter
 * matters because Astro renders pages in `<outDir>/.prerender/`, or, when the output
 * folder lies outside the working directory (SITE_OUT_DIR elsewhere), in
 * `<working directory>/.astro/.prerender/`, and deletes it when done, under a build that
 * may still be using it. The working directory stays inside the project, where
 * cms/paths.ts finds the project root from it; `--root` keeps Astro on the project.
 */
function runAstroBuild(outDir: string, env: Record<string, string | undefined>): Promise<LocalBuildResult> {
  const workRoot = path.join(projectRoot, '.astro', 'builds')
  fs.mkdirSync(workRoot, { recursive: true })
  removeAbandonedWorkFolders(workRoot)
  const workDir = fs.mkdtempSync(path.join(workRoot, 'build-'))
  return new Promise<LocalBuildResult>((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', projectRoot], {
      cwd: workDir,
      env: { ...process.env, ...env, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: path.join(workDir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => resolve({ ok: false, error: error.message }))
    child.on('close', (code) => resolve(code === 0 ? { ok: true, outDir } : { ok: false, error: lastLines(output) }))
  }).finally(() => fs.rmSync(workDir, { recursive: true, force: true }))
}

/** A build killed with its process (a crash, `kill -9`) leaves its folder; none runs for hours. */
function removeAbandonedWorkFolders(workRoot: string, olderThanMs = 6 * 3_600_000) {
  for (const name of fs.readdirSync(workRoot)) {
    const folder = path.join(workRoot, name)
    const stat = fs.statSync(folder, { throwIfNoEntry: false })
    if (stat && Date.now() - stat.mtimeMs > olderThanMs) fs.rmSync(folder, { recursive: true, force: true })
  }
}

function lastLines(output: string): string {
  return output.split('\n').filter((line) => line.trim()).slice(-15).join('\n')
}
