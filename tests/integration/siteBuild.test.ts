import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '../../domain/locales'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { allHtmlFiles, buildSite, readPage } from './support/siteBuild'
import { startTestCms, type TestCms } from './support/testPayload'

let cms: TestCms
let outDir: string

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-build-'))
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(outDir, { recursive: true, force: true })
})

describe('the static site built from the CMS', () => {
  it('has every page in every language, with its lang, canonical and hreflang alternates', () => {
    const build = buildSite(cms.env, outDir)
    expect(build.ok, build.output).toBe(true)
    for (const locale of locales) {
      const home = readPage(outDir, `/${locale}/`)
      expect(home).toContain(`<html lang="${locale}"`)
      expect(home).toContain(`<link rel="canonical" href="http://localhost:4321/${locale}/"`)
      for (const other of ['nl-BE', 'fr-BE', 'en']) expect(home).toMatch(new RegExp(`hreflang="${other}"`))
      expect(readPage(outDir, `/${locale}/404/`)).toContain(`<html lang="${locale}"`)
    }
    expect(readPage(outDir, '/fr/projets/visites-en-detention/')).toContain('Visites en détention')
    const sitemap = fs.readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('<loc>http://localhost:4321/fr/projets/visites-en-detention/</loc>')
    expect(sitemap).toContain('hreflang="nl-BE" href="http://localhost:4321/nl/projecten/detentiebezoeken/"')
    expect(fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap.xml')
  })

  it('states the retention periods of the Volunteering settings in the privacy notice, in each language', () => {
    const nl = readPage(outDir, '/nl/privacy/')
    expect(nl).toContain('4 weken na die beslissing')
    expect(nl).toContain('12 maanden na de beslissing')
    expect(readPage(outDir, '/fr/vie-privee/').replace(/\s/g, ' ')).toContain('4 semaines après cette décision')
    expect(readPage(outDir, '/en/privacy/')).toContain('for 12 months after the decision')
    for (const locale of locales) expect(readPage(outDir, `/${locale}/${locale === 'fr' ? 'vie-privee' : 'privacy'}/`)).not.toMatch(/\{\w+Period\}/)
  })

  it('dates no news article its source leaves undated', async () => {
    const news = await cms.payload.find({ collection: 'news', locale: 'nl', pagination: false })
    expect(news.docs.length).toBeGreaterThan(0)
    for (const article of news.docs) {
      const page = readPage(outDir, `/nl/nieuws/${article.slug}/`)
      expect(page).not.toContain('Gepubliceerd op')
      expect(page).not.toMatch(/Invalid Date/)
    }
  })

  it('ships no JavaScript on content pages, only islands where there is a form or a live figure', () => {
    const pages = allHtmlFiles(outDir).filter((file) => path.dirname(file) !== outDir)
    expect(pages.length).toBeGreaterThan(30)
    const withIslands = pages.filter((file) => fs.readFileSync(file, 'utf8').includes('<astro-island'))
    // Each open volunteer role's page carries its application form (11 seeded roles, 3 languages).
    const rolePage = /^(nl\/vrijwilligerswerk|fr\/benevolat|en\/volunteering)\/[^/]+\/index\.html$/
    expect(withIslands.map((file) => path.relative(outDir, file)).filter((file) => rolePage.test(file))).toHaveLength(33)
    expect(withIslands.map((file) => path.relative(outDir, file)).filter((file) => !rolePage.test(file)).sort()).toEqual(
      ['en/donate/index.html', 'en/donate/thank-you/index.html', 'en/index.html', 'en/material-needs/index.html', 'fr/faire-un-don/index.html', 'fr/faire-un-don/merci/index.html', 'fr/index.html', 'fr/materiel/index.html', 'nl/doneren/bedankt/index.html', 'nl/doneren/index.html', 'nl/index.html', 'nl/materiaal/index.html'],
    )
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8')
      if (!withIslands.includes(file)) expect(html, file).not.toMatch(/<script/i)
      expect(html, file).not.toMatch(/(src|href)="https?:\/\/(?!localhost:4321)[^"]*\.(css|js|woff2?)"/)
    }
    const fonts = fs.readdirSync(path.join(outDir, '_astro')).filter((file) => file.endsWith('.woff2'))
    expect(fonts.length).toBeGreaterThan(0)
  })

  it('names the page’s language in the address of every form it posts to the CMS', () => {
    const actions: string[] = []
    for (const file of allHtmlFiles(outDir)) {
      const locale = path.relative(outDir, file).split(path.sep)[0]
      if (!(locales as readonly string[]).includes(locale)) continue
      for (const [, action] of fs.readFileSync(file, 'utf8').matchAll(/<form\b[^>]*\baction="([^"]*\/api\/[^"]*)"/g)) {
        actions.push(action)
        expect(new URL(action.replaceAll('&amp;', '&')).searchParams.get('locale'), `${path.relative(outDir, file)}: ${action}`).toBe(locale)
      }
    }
    // The donate form, every application and pledge form, the link request (the bank transfer's only once an IBAN is set, which the seed leaves empty).
    for (const endpoint of ['/api/donations/checkout', '/api/volunteer-applications', '/api/pledges', '/api/self-service/request-link']) {
      expect(actions.some((action) => action.includes(`${endpoint}?`)), endpoint).toBe(true)
    }
  })

  it('shows an edited French title after a rebuild, and images resized to WebP with their size', async () => {
    const { payload } = cms
    const [programme] = (await payload.find({ collection: 'programmes', locale: 'fr', sort: 'order', limit: 1 })).docs
    const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#c2410c' } }).png().toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: { nl: 'Een oranje vlak', fr: 'Une surface orange', en: 'An orange surface' } },
      file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
    })
    await payload.update({ collection: 'programmes', id: programme.id, locale: 'fr', data: { title: 'Visites dans les centres fermés', image: image.id, _status: 'published' } })
    await payload.updateGlobal({ slug: 'volunteering-settings', data: { retentionWeeks: 6, futureRolesMonths: 1 } })

    const build = buildSite(cms.env, outDir)
    expect(build.ok, build.output).toBe(true)
    expect(readPage(outDir, '/fr/')).toContain('Visites dans les centres fermés')
    expect(readPage(outDir, '/en/privacy/')).toContain('6 weeks after that decision')
    expect(readPage(outDir, '/nl/privacy/')).toContain('1 maand na de beslissing')
    const page = readPage(outDir, `/fr/projets/${programme.slug}/`)
    const img = page.match(/<img[^>]*class="page__image"[^>]*>/)?.[0] ?? ''
    expect(img).toContain('alt="Une surface orange"')
    expect(img).toMatch(/width="1800"/)
    expect(img).toMatch(/height="1200"/)
    const files = [...img.matchAll(/\/media\/([^\s",]+)/g)].map((m) => decodeURIComponent(m[1]))
    expect(files.length).toBeGreaterThanOrEqual(3)
    for (const file of files) {
      expect(file).toMatch(/\.webp$/)
      expect(fs.existsSync(path.join(outDir, 'media', file)), file).toBe(true)
    }
  })

  it('fails loudly, naming the problem, when there is no content to build from', () => {
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-cms-'))
    try {
      const build = buildSite({ ...cms.env, DATA_DIR: emptyDir, DATABASE_URL: `file:${emptyDir}/empty.db` }, path.join(emptyDir, 'out'))
      expect(build.ok).toBe(false)
      expect(build.output).toMatch(/cannot (reach its content|be built from this content)/)
      expect(fs.existsSync(path.join(emptyDir, 'out', 'nl', 'index.html'))).toBe(false)
    } finally {
      fs.rmSync(emptyDir, { recursive: true, force: true })
    }
  })
})
