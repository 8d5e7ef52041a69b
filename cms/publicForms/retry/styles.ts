import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../paths'

/**
 * The site's own stylesheets, inlined in the pages the CMS renders for the forms: the
 * built site's file names carry a hash the CMS cannot know, and a page that needs the site
 * to be up to look right would be one more thing to fail. The web fonts stay with the
 * site; these pages use the stacks' system fallbacks. Read once, when first needed.
 */
const files = ['site/styles/base.css', 'site/styles/layout.css', 'site/styles/giving.css', 'site/styles/volunteering.css', 'site/styles/needs.css', 'site/components/formsWithoutScript.css']

const pageRules = `
:root { --font-body: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; --font-display: Georgia, 'Times New Roman', serif; }
.form-page__header { border-bottom: 1px solid var(--colour-line); padding: var(--space-4); }
.form-page__header a { font-weight: 700; text-decoration: none; color: var(--colour-deep); }
.form-page { max-width: 48rem; margin: 0 auto; padding: var(--space-5) var(--space-4) var(--space-8); }
.form-page .error-summary:focus { outline: 3px solid var(--colour-focus); outline-offset: 3px; }
`

let css: string | undefined

// A handful of named files read at run time: no reason for the bundler to trace the whole project into the build.
const read = (file: string) => fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ projectRoot, file), 'utf8')

export function formPageStyles(): string {
  css ??= [pageRules, ...files.map(read)].join('\n').replace(/<\//g, '<\\/')
  return css
}
