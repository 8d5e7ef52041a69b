/**
 * `npm run seed [-- --profile <name>]`: fills an empty database with a content profile
 * from content/<name>/ (default: jrs-belgium) and creates the local staff accounts.
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import config from '../payload.config'
import { isLocalUrl, publicSiteUrl } from '../env'
import { loadProfile } from './profiles'
import { seedProfile } from './run'
import { ensureLocalStaffAccounts } from './staffAccounts'

const { values } = parseArgs({ options: { profile: { type: 'string', default: 'jrs-belgium' } } })

const profile = await loadProfile(values.profile!)
const payload = await getPayload({ config })
try {
  const result = await seedProfile(payload, profile)
  console.log(result === 'seeded' ? `Seeded the "${values.profile}" content.` : 'The database already has content: nothing seeded.')
  if (isLocalUrl(publicSiteUrl)) {
    const created = await ensureLocalStaffAccounts(payload)
    if (created) console.log(`Created ${created} local staff accounts (see README).`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
