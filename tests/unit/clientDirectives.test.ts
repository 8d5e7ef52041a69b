import { expect, it } from 'vitest'
import painted from '../../site/hydration/afterFirstPaint.inline'
import { paintedDirectiveText } from '../../scripts/client-directives'

/** The CSP allows client:painted by the hash of this text: it must be what Astro writes into the pages. */
it('keeps the text Astro inlines for client:painted up to date (else: npm run directives)', async () => {
  expect(painted).toBe(await paintedDirectiveText())
})
