import type { Payload } from 'payload'
import type { Role } from '../access/roles'

/**
 * Accounts for trying the CMS on a laptop, one per role. Created only for a site served
 * from localhost; the README lists them. Never used for a deployed site.
 */
export const localPassword = 'local-only-password'

export const localStaffAccounts: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@example.com', name: 'Local administrator', roles: ['administrator'] },
  { email: 'editor@example.com', name: 'Local communication officer', roles: ['communication-officer'] },
  { email: 'coordinator@example.com', name: 'Local volunteer coordinator', roles: ['volunteer-coordinator'] },
  { email: 'finance@example.com', name: 'Local bookkeeper', roles: ['finance'] },
  { email: 'goods@example.com', name: 'Local goods contact', roles: ['goods'] },
]

export async function ensureLocalStaffAccounts(payload: Payload): Promise<number> {
  let created = 0
  for (const account of localStaffAccounts) {
    const existing = await payload.count({ collection: 'users', where: { email: { equals: account.email } } })
    if (existing.totalDocs > 0) continue
    await payload.create({ collection: 'users', data: { ...account, password: localPassword } })
    created++
  }
  return created
}
