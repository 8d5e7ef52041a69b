import type { APIRoute, GetStaticPaths } from 'astro'
import { readMediaFile } from '../../../cms/storage/mediaStorage'
import type { MediaDoc } from '../../lib/cms'
import { mediaFiles } from '../../lib/media'
import { loadSite } from '../../lib/site'

/** Copies every uploaded image (original and resized versions) into the built site, from DATA_DIR/media or the bucket. */
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return site.media.flatMap((doc) => mediaFiles(doc).map((file) => ({ params: { file }, props: { doc } })))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ doc: MediaDoc }> = async ({ params, props }) => {
  const bytes = await readMediaFile(props.doc as { prefix?: string | null; _objectKey?: string | null }, String(params.file))
  return new Response(new Uint8Array(bytes))
}
