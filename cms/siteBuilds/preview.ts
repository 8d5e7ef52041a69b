import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { defaultLocale, isLocale, type Locale } from '../../domain/locales'
import { hasRole } from '../access/roles'
import { dataDir } from '../env'
import { buildSiteAtomically } from './localBuild'
import { documentPath } from './sitePaths'

/**
 * Preview: the whole site built with the latest drafts, into a folder only the CMS
 * serves, and only to signed-in editors (cms/app/(preview)/…). The public static site
 * never contains a draft, and a preview address opened without an editor's login shows
 * nothing.
 */
export const previewSiteDir = () => path.join(dataDir, 'preview', 'site')

let building: Promise<{ ok: boolean; error?: string }> | undefined

/** One preview build at a time; a request during a build waits for it and then builds again. */
export async function buildPreview(): Promise<{ ok: boolean; error?: string }> {
  while (building) await building
  building = buildSiteAtomically({ SITE_DRAFTS: '1' }, previewSiteDir()).then((result) => (result.ok ? { ok: true } : { ok: false, error: result.error }))
  try {
    return await building
  } finally {
    building = undefined
  }
}

export function mayPreview(user: unknown): boolean {
  return hasRole(user as { roles?: string[] }, 'communication-officer')
}

/** Where a document is in the site, in a language: the same rules as site/lib/routes.ts. */
export async function previewPathOf(payload: Payload, collection: string | undefined, id: string | undefined, requested: string | undefined): Promise<string> {
  const locale: Locale = isLocale(requested) ? requested : defaultLocale
  if (!id || !collection || !['pages', 'programmes', 'news'].includes(collection)) return `/${locale}/`
  const doc = await payload.findByID({ collection: collection as 'pages', id, locale: 'all' as never, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) return `/${locale}/`
  const slugs = doc.slug as unknown as Partial<Record<Locale, string>>
  const slug = slugs[locale] || slugs[defaultLocale]
  return documentPath(collection as 'pages', { purpose: (doc as { purpose?: string }).purpose, slug }, locale)
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
}

/** A file of the preview build for a signed-in editor; nothing for anyone else. */
export async function servePreviewFile(payload: Payload, request: Request, segments: string[]): Promise<Response> {
  const { user } = await payload.auth({ headers: request.headers })
  if (!mayPreview(user)) return new Response('Sign in to the CMS as an editor to see previews.', { status: 401, headers: { 'Cache-Control': 'no-store' } })
  const root = previewSiteDir()
  let file = path.resolve(root, ...segments.map((segment) => decodeURIComponent(segment)))
  if (!file.startsWith(root + path.sep) && file !== root) return new Response('Not found', { status: 404 })
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
  if (!fs.existsSync(file)) return new Response('Not found in the preview.', { status: 404 })
  return new Response(fs.readFileSync(file), {
    headers: {
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
