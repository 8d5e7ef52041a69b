import { randomBytes } from 'node:crypto'
import { type NextRequest, NextResponse } from 'next/server'
import { isLocale } from '../domain/locales'
import { cmsUrl } from './env'
import { adminHeaders, type HeaderSet, servedOverHttps, siteHeaders } from './security/headers'

/**
 * The security headers of cms/security/headers.ts on every answer of the CMS but the
 * API's (those are set in next.config.mjs, see there why): the site's for the preview
 * build served to editors on /nl/…, /fr/…, /en/… (cms/app/(preview)/), the admin's for
 * everything else. A proxy rather than next.config's `headers()`: the admin's policy
 * carries a new nonce on every request, which Next.js reads from the request's own
 * Content-Security-Policy header and puts on every script it renders.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const https = servedOverHttps(cmsUrl, request.headers.get('x-forwarded-proto'))
  if (isPreviewPath(pathname)) return withHeaders(NextResponse.next(), siteHeaders({ cmsUrl, https }))

  const headers = adminHeaders({ nonce: randomBytes(16).toString('base64'), https, development: process.env.NODE_ENV === 'development' })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'])
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers)
}

export const config = { matcher: ['/((?!api/|api$).*)'] }

/** The routes of cms/app/(preview)/: the site's pages and the files they load. */
function isPreviewPath(pathname: string): boolean {
  const first = pathname.split('/')[1]
  return isLocale(first) || first === '_astro' || first === 'media'
}

function withHeaders(response: NextResponse, headers: HeaderSet): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}
