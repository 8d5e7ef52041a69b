import type { Endpoint } from 'payload'
import { buildPreview, mayPreview, previewPathOf } from './preview'

/**
 * GET /api/site-preview?collection=programmes&id=3&locale=fr: builds the site with the
 * latest drafts and sends the editor to that document's page in the preview.
 */
export const sitePreviewEndpoint: Endpoint = {
  path: '/site-preview',
  method: 'get',
  handler: async (req) => {
    if (!mayPreview(req.user)) return new Response('Sign in to the CMS as an editor to see previews.', { status: 401 })
    const url = new URL(req.url ?? '', 'http://localhost')
    const result = await buildPreview()
    if (!result.ok) return new Response(`The preview could not be built:\n\n${result.error}`, { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    const target = await previewPathOf(req.payload, url.searchParams.get('collection') ?? undefined, url.searchParams.get('id') ?? undefined, url.searchParams.get('locale') ?? undefined)
    return new Response(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } })
  },
}
