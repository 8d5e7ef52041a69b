import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { buildSiteAtomically } from '../../cms/siteBuilds/localBuild'
import { siteBuildsSettled } from '../../cms/siteBuilds/scheduler'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * Publishing rebuilds the static site by itself: once per burst of edits, swapped in
 * whole, and a failed build leaves the previous site served.
 */
let cms: TestCms
let served: string

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  served = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'served-')), 'site')
  Object.assign(process.env, { SITE_OUT_DIR: served, SITE_AUTO_REBUILD: '1', SITE_REBUILD_DEBOUNCE_MS: '1500' })
  const first = await buildSiteAtomically()
  expect(first.ok ? 'built' : first.error).toBe('built')
})
afterAll(async () => {
  await siteBuildsSettled()
  await cms?.close()
  fs.rmSync(path.dirname(served), { recursive: true, force: true })
})

const builds = async () => (await cms.payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, overrideAccess: true })).docs
const frenchHome = () => fs.readFileSync(path.join(served, 'fr', 'index.html'), 'utf8')

async function firstProgramme() {
  const { docs } = await cms.payload.find({ collection: 'programmes', sort: 'order', limit: 1, locale: 'fr', overrideAccess: true })
  return docs[0]
}

describe('the site follows the CMS', () => {
  it('rebuilds once after a publish, and serves the new content', async () => {
    const programme = await firstProgramme()
    await cms.payload.update({ collection: 'programmes', id: programme.id, locale: 'fr', data: { title: 'Visites hebdomadaires', _status: 'published' } })
    await siteBuildsSettled()
    expect(await builds()).toMatchObject([{ status: 'succeeded', trigger: `updated programmes ${programme.id}` }])
    expect(frenchHome()).toContain('Visites hebdomadaires')
    expect(fs.lstatSync(served).isSymbolicLink()).toBe(true)
  })

  it('does not rebuild for a draft, which the public does not see', async () => {
    const programme = await firstProgramme()
    await cms.payload.update({ collection: 'programmes', id: programme.id, locale: 'fr', draft: true, data: { title: 'Brouillon secret' } })
    await siteBuildsSettled()
    expect(await builds()).toHaveLength(1)
    expect(frenchHome()).not.toContain('Brouillon secret')
  })

  it('makes one or two builds of ten quick publishes', async () => {
    const programme = await firstProgramme()
    for (let i = 1; i <= 10; i++) {
      await cms.payload.update({ collection: 'programmes', id: programme.id, locale: 'fr', data: { title: `Visites ${i}`, _status: 'published' } })
    }
    await siteBuildsSettled()
    const after = await builds()
    expect(after.length - 1).toBeGreaterThanOrEqual(1)
    expect(after.length - 1).toBeLessThanOrEqual(2)
    expect(frenchHome()).toContain('Visites 10')
  })

  it('keeps the previous site online when a build fails, and records the error', async () => {
    const before = fs.readlinkSync(served)
    // A page whose address takes the programmes' own: the site refuses to build.
    await cms.payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Botsing', slug: 'projecten', purpose: 'general', layout: [{ blockType: 'latestNews', count: 3 }], _status: 'published' },
    })
    await siteBuildsSettled()
    const last = (await builds()).at(-1)!
    expect(last.status).toBe('failed')
    expect(last.error).toMatch(/Two documents want the address \/nl\/projecten\//)
    expect(fs.readlinkSync(served)).toBe(before)
    expect(frenchHome()).toContain('Visites 10')
  })
})
