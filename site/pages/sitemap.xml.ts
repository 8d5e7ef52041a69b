import type { APIRoute } from 'astro'
import { localeTags, locales } from '../../domain/locales'
import { loadSite } from '../lib/site'

/** Every page in every language, each with its alternates, so search engines pair the translations. */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite()
  const absolute = (path: string) => new URL(path, origin).href
  const urls = site.routeTable.routes.filter((route) => route.inSitemap).map((route) => {
    const alternates = locales
      .map((locale) => `    <xhtml:link rel="alternate" hreflang="${localeTags[locale]}" href="${absolute(route.alternates[locale])}"/>`)
      .join('\n')
    const lastmod = route.doc?.updatedAt ? `\n    <lastmod>${new Date(String(route.doc.updatedAt)).toISOString()}</lastmod>` : ''
    return `  <url>\n    <loc>${absolute(route.path)}</loc>${lastmod}\n${alternates}\n  </url>`
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
