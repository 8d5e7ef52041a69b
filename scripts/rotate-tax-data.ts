/**
 * `npm run tax-data:rotate`: after putting a new key first in TAX_DATA_KEYS (the old ones
 * after it), re-encrypts every stored national register number with it. Then the old
 * keys can be removed. See docs/deploy.md, "Rotating the tax-data key".
 */
import { getPayload } from 'payload'
import config from '../cms/payload.config'
import { taxDataKeyring } from '../cms/security/taxDataKeys'
import { rotateTaxData } from './taxDataRotation'

const payload = await getPayload({ config })
let failed = false
try {
  const report = await rotateTaxData(payload)
  console.log(`Tax data under the key "${taxDataKeyring().current.id}": ${report.resealed} re-encrypted, ${report.current} already were.`)
  if (report.unreadable.length > 0) {
    failed = true
    console.error(`${report.unreadable.length} values could not be opened with any key in TAX_DATA_KEYS (left as they are; add the key that sealed them and run again):`)
    for (const { collection, id } of report.unreadable) console.error(`  ${collection} ${id}`)
  }
} finally {
  await payload.destroy()
}
process.exit(failed ? 1 : 0)
