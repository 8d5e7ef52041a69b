import fs from 'node:fs/promises'
import path from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import { mediaDir } from '../../../cms/env'
import { cms, type MediaDoc } from '../../lib/cms'
import { mediaFiles } from '../../lib/media'

/** Copies every uploaded image (original and resized versions) into the built site. */
export const getStaticPaths = (async () => {
  const payload = await cms()
  const { docs } = await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: false })
  return (docs as unknown as MediaDoc[]).flatMap((doc) => mediaFiles(doc).map((file) => ({ params: { file } })))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const file = path.basename(String(params.file))
  return new Response(await fs.readFile(path.join(mediaDir, file)))
}
