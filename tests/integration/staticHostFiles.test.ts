import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProfile } from '../../cms/seed/profiles'
import { seedProfile } from '../../cms/seed/run'
import { headersForPath } from '../../cms/security/headers'
import { buildSite } from './support/siteBuild'
import { readHeadersFile, startSiteServer } from './support/siteServer'
import { startTestCms, type TestCms } from './support/testPayload'

/**
 * What the build tells static hosts, in `_redirects` (Netlify, Cloudflare Pages) and in
 * the nginx snippet, is what the local server (scripts/serve-site.ts) answers: old
 * addresses moved for good, each language's own "not found" page, the language root left
 * a page. `_redirects` is read here as those hosts read it; the snippet is served by a
 * real nginx where one is installed (Debian: nginx-light).
 */
const siteUrl = 'https://www.example.org'
const cmsUrl = 'https://cms.example.org'
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file))

let cms: TestCms
let outDir: string
let server: ChildProcess | undefined
let served: string
let renamedFrom: string
let renamedTo: string
const campaignFrom = '/fr/ancienne-campagne/'
const campaignTo = 'https://campagne.example.org/hiver?source=site'

beforeAll(async () => {
  cms = await startTestCms()
  await seedProfile(cms.payload, await loadProfile('jrs-belgium'))
  // A published page gets a new slug: the CMS keeps its old address as a redirect.
  const [about] = (await cms.payload.find({ collection: 'pages', where: { slug: { equals: 'over-ons' } }, locale: 'nl', limit: 1, overrideAccess: true })).docs
  await cms.payload.update({ collection: 'pages', id: about.id, locale: 'nl', data: { slug: 'wie-we-zijn', _status: 'published' } })
  ;[renamedFrom, renamedTo] = ['/nl/over-ons/', '/nl/wie-we-zijn/']
  // And one made by hand, to another site.
  await cms.payload.create({ collection: 'redirects', data: { from: campaignFrom, to: { type: 'external', url: campaignTo }, _status: 'published' }, overrideAccess: true })

  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-host-'))
  const build = buildSite({ ...cms.env, PUBLIC_SITE_URL: siteUrl, CMS_URL: cmsUrl }, outDir)
  if (!build.ok) throw new Error(build.output)
  ;({ server, url: served } = await startSiteServer({ SITE_OUT_DIR: outDir, PUBLIC_SITE_URL: siteUrl, CMS_URL: cmsUrl }))
})
afterAll(async () => {
  server?.kill('SIGTERM')
  await cms?.close()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

type Answer = { status: number; location?: string; file?: string }

/** Addresses of every kind: pages, files, old addresses, missing ones in each language and outside any, the hosts' own files. */
function addressesToCheck(): string[] {
  const asset = fs.readdirSync(path.join(outDir, '_astro')).find((file) => file.endsWith('.js'))
  return ['/', '/nl/', '/fr/', '/en/', renamedFrom, renamedTo, campaignFrom, '/fr/nexiste-pas/', '/en/no/such/page/', '/nl/weg', '/nexiste-pas/', '/404.html', '/language-choice.js', '/sitemap.xml', `/_astro/${asset}`, '/_astro/missing.js', '/_headers', '/_redirects']
}

async function localServerAnswer(base: string, urlPath: string): Promise<{ status: number; location: string | null; body: Buffer; headers: Headers }> {
  const response = await fetch(`${base}${urlPath}`, { redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location'), body: Buffer.from(await response.arrayBuffer()), headers: response.headers }
}

describe('_redirects', () => {
  it('holds the old addresses as 301s and no rule for the language root, which stays a page', () => {
    const rules = readRedirectsFile()
    expect(rules).toContainEqual({ from: renamedFrom, to: renamedTo, status: '301' })
    expect(rules).toContainEqual({ from: campaignFrom, to: campaignTo, status: '301' })
    expect(rules.filter(({ from }) => from === '/' || from === '/*')).toEqual([])
    expect(rules.filter(({ status }) => status === '404').map(({ from }) => from)).toEqual(['/nl/*', '/fr/*', '/en/*'])
  })

  it('makes Netlify and Cloudflare Pages answer every address as the local server does', async () => {
    const rules = readRedirectsFile()
    for (const urlPath of addressesToCheck()) {
      const host = hostAnswer(rules, urlPath)
      const local = await localServerAnswer(served, urlPath)
      expect(local.status, urlPath).toBe(host.status)
      expect(local.location ?? undefined, urlPath).toBe(host.location)
      if (host.file) expect(local.body.equals(fs.readFileSync(path.join(outDir, host.file))), `${urlPath}: body of ${host.file}`).toBe(true)
      // Cloudflare Pages skips the 404 lines and serves the nearest 404.html: the same page.
      if (host.status === 404) expect(fs.readFileSync(path.join(outDir, nearest404(urlPath))).equals(local.body), `${urlPath}: nearest 404.html`).toBe(true)
    }
    expect(fs.readFileSync(path.join(outDir, 'fr', '404', 'index.html'), 'utf8')).toContain('lang="fr"')
  })
})

describe('nginx.conf.snippet', () => {
  let nginx: { url: string; stop: () => void } | undefined
  afterAll(() => nginx?.stop())

  it('has a location for every old address, with the site’s headers', () => {
    const snippet = fs.readFileSync(path.join(outDir, 'nginx.conf.snippet'), 'utf8')
    for (const [from, to] of [[renamedFrom, renamedTo], [campaignFrom, campaignTo]]) {
      const block = new RegExp(`location = ${from} \\{([^}]*)\\}`).exec(snippet)?.[1] ?? ''
      expect(block, from).toContain(`return 301 "${to}";`)
      expect(block, from).toContain('add_header Content-Security-Policy')
    }
    expect(snippet).not.toMatch(/location = \/ \{[^}]*return/)
  })

  it.skipIf(!nginxBinary)('makes nginx answer every address as the local server does: status, address, headers and page', async () => {
    nginx = await startNginx(outDir)
    const rules = readHeadersFile(outDir)
    for (const urlPath of [...addressesToCheck(), '/nginx.conf.snippet']) {
      const [fromNginx, local] = await Promise.all([localServerAnswer(nginx.url, urlPath), localServerAnswer(served, urlPath)])
      expect(fromNginx.status, urlPath).toBe(local.status)
      expect(fromNginx.location, urlPath).toBe(local.location)
      if (local.status !== 301) expect(fromNginx.body.equals(local.body), `${urlPath}: same page`).toBe(true)
      const expected = headersForPath(rules, urlPath)
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(6)
      for (const name of Object.keys(expected)) {
        // A 404 from nginx carries the caching of the page it shows (pages: checked every time).
        if (local.status === 404 && name === 'Cache-Control') continue
        expect(fromNginx.headers.get(name), `${urlPath}: ${name}`).toBe(local.headers.get(name))
      }
    }
  })
})

type RedirectRule = { from: string; to: string; status: string }

function readRedirectsFile(): RedirectRule[] {
  return fs
    .readFileSync(path.join(outDir, '_redirects'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status = '301'] = line.split(/\s+/)
      return { from, to, status }
    })
}

/**
 * A static host's answer from `_redirects` and the files: redirects first (Cloudflare
 * Pages follows them whatever the files), then the file with its pretty-URL variants,
 * then the first matching 404 rule, then the host's own `/404.html`. Neither host serves
 * `_headers` or `_redirects`.
 */
function hostAnswer(rules: RedirectRule[], urlPath: string): Answer {
  const matches = (from: string) => (from.endsWith('*') ? urlPath.startsWith(from.slice(0, -1)) : urlPath === from)
  const redirect = rules.find((rule) => rule.status === '301' && matches(rule.from))
  if (redirect) return { status: 301, location: redirect.to }
  if (!['/_headers', '/_redirects'].includes(urlPath)) {
    const file = [urlPath, `${urlPath}.html`, `${urlPath.replace(/\/$/, '')}/index.html`].find((candidate) => fs.statSync(path.join(outDir, candidate), { throwIfNoEntry: false })?.isFile())
    if (file) return { status: 200, file }
  }
  const notFound = rules.find((rule) => rule.status === '404' && matches(rule.from))
  return { status: 404, file: notFound?.to ?? '/404.html' }
}

/** Cloudflare Pages: the 404.html in the address's folder or the closest one above it. */
function nearest404(urlPath: string): string {
  const folders = urlPath.split('/').slice(1, -1)
  for (let depth = folders.length; depth >= 0; depth--) {
    const candidate = `/${[...folders.slice(0, depth), '404.html'].join('/')}`
    if (fs.existsSync(path.join(outDir, candidate))) return candidate
  }
  throw new Error(`No 404.html above ${urlPath}`)
}

/** nginx serving the built site with the snippet, as docs/deploy.md says, on a free port. */
async function startNginx(root: string): Promise<{ url: string; stop: () => void }> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'))
  const port = await freePort()
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${prefix}/${kind};`).join('\n  ')
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `daemon off;\nmaster_process off;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n  server {\n    listen 127.0.0.1:${port};\n    root ${root};\n    include ${root}/nginx.conf.snippet;\n  }\n}\n`,
  )
  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')]
  const check = spawnSync(nginxBinary!, ['-t', ...args], { encoding: 'utf8' })
  expect(check.status, check.stderr).toBe(0)
  const child = spawn(nginxBinary!, args, { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(url).then(() => true, () => false)) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    stop: () => {
      child.kill('SIGTERM')
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
