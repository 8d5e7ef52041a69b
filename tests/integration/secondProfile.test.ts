import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { allHtmlFiles, buildSite, readPage } from './support/siteBuild'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * The same code builds a coherent site for another organisation: proof that no text,
 * address or number of JRS Belgium is written into site/ or cms/.
 */
const jrsFacts = ['JRS', 'Jesuit', 'Jezuïet', 'Liétart', 'Lietart', '738 08 18', '150.000', '150 000', '150,000', 'Bondaruk', 'jrsbelgium']

let cms: TestCms
let outDir: string

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('vluchtelingenwerk'))
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-site-'))
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(outDir, { recursive: true, force: true })
})

describe('the Vluchtelingenwerk Vlaanderen profile', () => {
  it('builds a complete site in three languages that mentions nothing of JRS Belgium', () => {
    const build = buildSite(cms.env, outDir)
    expect(build.ok, build.output).toBe(true)
    for (const locale of ['nl', 'fr', 'en']) {
      expect(readPage(outDir, `/${locale}/`)).toContain('Vluchtelingenwerk Vlaanderen')
    }
    const pages = allHtmlFiles(outDir)
    expect(pages.length).toBeGreaterThan(20)
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8')
      for (const fact of jrsFacts) expect(html.includes(fact), `${fact} in ${file}`).toBe(false)
    }
  })

  it('has no organisation text in the code of site/ or cms/', () => {
    const sources = ['site', 'cms'].flatMap((dir) =>
      fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|tsx|astro|css|mjs)$/.test(file) && !file.includes('migrations') && !file.includes('.next') && !file.endsWith('payload-types.ts'))
        .map((file) => path.join(dir, file)),
    )
    expect(sources.length).toBeGreaterThan(30)
    for (const file of sources) {
      const code = fs.readFileSync(file, 'utf8')
      for (const fact of jrsFacts) expect(code.includes(fact), `${fact} in ${file}`).toBe(false)
    }
  })
})
