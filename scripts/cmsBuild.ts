import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { runStep } from './processes'

/** `next build` takes a minute: skip it when nothing it depends on has changed since the last one. */
export function buildCmsIfChanged() {
  const stamp = path.join('cms', process.env.NEXT_DIST_DIR || '.next', 'source-hash')
  // site/hydration: the site's own client directive, whose text the CMS's security headers allow.
  const hash = sourceHash(['cms', 'domain', 'emails', 'site/hydration', 'package-lock.json'])
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    console.log('\n▸ CMS: build is up to date')
    return
  }
  runStep('CMS: building the admin and API (about a minute)', 'next', ['build', 'cms'])
  fs.writeFileSync(stamp, hash)
}

function sourceHash(entries: string[]): string {
  const hash = createHash('sha256')
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) {
      if (path.basename(entry).startsWith('.next') || ['node_modules', 'migrations', 'preview'].includes(path.basename(entry))) return
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child))
    } else {
      hash.update(entry).update(fs.readFileSync(entry))
    }
  }
  entries.forEach(visit)
  return hash.digest('hex')
}
