import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { buildSiteAtomically } from '../../cms/siteBuilds/localBuild'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Two site builds at the same moment, as a rebuild after a publish and a preview (or
 * `npm run build`) can be, both into folders outside the project: Astro renders pages in
 * a work folder it deletes when done, which two builds used to share (`.astro/.prerender`
 * of the working directory), so the first to finish broke the other. Each build now has
 * its own working directory and cache (cms/siteBuilds/localBuild.ts).
 */
let cms: TestCms
let root: string

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'concurrent-builds-'))
}, 180_000)
afterAll(async () => {
  await cms?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

describe('two site builds at once', () => {
  it('both succeed, each with the whole site, and leave no work files behind', async () => {
    // Only this test's builds are judged: a build killed elsewhere (the crash tests) may have left its folder.
    const workRoot = path.join(process.cwd(), '.astro', 'builds')
    const workFolders = () => (fs.existsSync(workRoot) ? fs.readdirSync(workRoot) : [])
    const before = workFolders()
    const served = ['public', 'preview'].map((name) => path.join(root, name, 'site'))
    const results = await Promise.all([buildSiteAtomically({}, served[0]), buildSiteAtomically({ SITE_DRAFTS: '1' }, served[1])])
    expect(results.map((result) => (result.ok ? 'built' : result.error))).toEqual(['built', 'built'])
    for (const dir of served) {
      for (const locale of ['nl', 'fr', 'en']) expect(fs.existsSync(path.join(dir, locale, 'index.html')), `${dir} ${locale}`).toBe(true)
      expect(fs.existsSync(path.join(dir, '.prerender'))).toBe(false)
    }
    expect(workFolders().filter((name) => !before.includes(name))).toEqual([])
  }, 400_000)
})
