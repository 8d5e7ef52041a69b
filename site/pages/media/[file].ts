import fs from 'node:fs/promises'
import path from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import { mediaDir } from '../../../cms/env'
import { mediaFiles } from '../../lib/media'
import { loadSite } from '../../lib/site'

/** Copies every uploaded image (original and resized versions) into the built site. */
export const getStaticPaths = (async () => {
  const site = await loadSite()
  return site.media.flatMap((doc) => mediaFiles(doc).map((file) => ({ params: { file } })))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const file = path.basename(String(params.file))
  return new Response(await fs.readFile(path.join(mediaDir, file)))
}
