import type { PayloadRequest } from 'payload'
import type { Locale } from '../../../domain/locales'
import { cmsUrl, publicSiteUrl } from '../../env'
import { servedOverHttps, siteHeaders } from '../../security/headers'
import { Html, html, type Part } from './html'
import { formPageStyles } from './styles'

/**
 * A page of the public site rendered by the CMS (a refused form shown again, or why a
 * form could not be sent): the site's look, the visitor's language, no script at all.
 */
export function formPage({ locale, title, organisation, body }: { locale: Locale; title: string; organisation: string; body: Part }): string {
  const document: Html = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${title} · ${organisation}</title>
<style>${new Html(formPageStyles())}</style>
</head>
<body>
<header class="form-page__header"><a href="${publicSiteUrl}/${locale}/">${organisation}</a></header>
<main id="main" class="form-page">
${body}
</main>
</body>
</html>
`
  return document.markup
}

/**
 * The headers of such a page. Its security policy is the site's own (cms/security/headers.ts)
 * seen from the CMS: 'self' is now the CMS, which the form posts to, and the site, where the
 * browser goes next, takes the CMS's place. The address carries the token that opens the
 * page, so it is never sent on as a referrer, stored by a cache, or indexed.
 */
export function formPageHeaders(req: PayloadRequest): Record<string, string> {
  return {
    ...siteHeaders({ cmsUrl: publicSiteUrl, https: servedOverHttps(cmsUrl, req.headers.get('x-forwarded-proto')) }),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex',
  }
}

export function pageResponse(req: PayloadRequest, markup: string, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(markup, { status, headers: { ...formPageHeaders(req), ...extra } })
}

/** Where a browser goes next: 303, so that it fetches the target (no form re-sent on reload). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
}
