import config from '@payload-config'
import { getPayload } from 'payload'
import { isLocale } from '../../../../../domain/locales'
import { servePreviewFile } from '../../../../siteBuilds/preview'

/** The preview build's pages, /nl/…, /fr/…, /en/…, for signed-in editors only. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; path?: string[] }> }) {
  const { locale, path = [] } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return servePreviewFile(await getPayload({ config }), request, [locale, ...path])
}
