import config from '@payload-config'
import { getPayload } from 'payload'
import { servePreviewFile } from '../../../../siteBuilds/preview'

/** The preview build's images. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const { file } = await params
  return servePreviewFile(await getPayload({ config }), request, ['media', ...file])
}
