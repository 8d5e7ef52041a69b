/**
 * `npm run directives`: writes site/hydration/afterFirstPaint.inline.ts, the text Astro puts
 * inline in the pages for client:painted, bundled exactly as Astro bundles it, so that the
 * site's Content-Security-Policy can allow it by hash (cms/security/siteDirectives.ts).
 */
import fs from 'node:fs'
import { pathToFileURL } from 'node:url'
// Astro's own bundling of a directive, by its file: the package exports no such path.
import { buildClientDirectiveEntrypoint } from '../node_modules/astro/dist/core/client-directive/build.js'
import { paintedDirective } from '../cms/security/siteDirectives'
import { projectRoot } from '../cms/paths'

export async function paintedDirectiveText(): Promise<string> {
  return buildClientDirectiveEntrypoint(paintedDirective.name, paintedDirective.entrypoint, pathToFileURL(`${projectRoot}/`))
}

export function inlineModule(text: string): string {
  return `// Written by \`npm run directives\` (scripts/client-directives.ts) from afterFirstPaint.ts: do not edit by hand.\nexport default ${JSON.stringify(text)}\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(paintedDirective.inlineModule, inlineModule(await paintedDirectiveText()))
  console.log(`Wrote ${paintedDirective.inlineModule}`)
}
