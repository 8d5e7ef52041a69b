import fs from 'node:fs'
import path from 'node:path'

/**
 * The repository root, found from the working directory rather than from this file's
 * location: the CMS code also runs bundled (by Next and by the Astro build), where
 * import.meta paths point into a build folder. npm scripts always run from the root.
 */
function findProjectRoot(start: string): string {
  let dir = start
  while (!fs.existsSync(path.join(dir, 'cms', 'payload.config.ts'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No project root (with cms/payload.config.ts) above ${start}`)
    dir = parent
  }
  return dir
}

export const projectRoot = findProjectRoot(process.cwd())
export const cmsDir = path.join(projectRoot, 'cms')
