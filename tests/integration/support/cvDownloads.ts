import type { Payload } from 'payload'
import { expect } from 'vitest'

/**
 * An applicant's CV may reach the volunteer coordinator and nobody else, wherever it is
 * stored (a local folder, a bucket) and after a restore: one staff account per role that
 * could ask for it, and what the CMS's checked download answers each.
 */
export const cvStaff = { coordinator: 'volunteer-coordinator', communication: 'communication-officer', finance: 'finance' } as const
export type CvStaffMember = keyof typeof cvStaff
const password = 'a-long-test-password'

export async function createCvStaff(payload: Payload) {
  for (const [who, role] of Object.entries(cvStaff)) await payload.create({ collection: 'users', data: { email: `${who}@example.org`, password, name: who, roles: [role] } as never })
}

export async function logIn(apiUrl: string, who: CvStaffMember): Promise<string> {
  const response = await fetch(`${apiUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: `${who}@example.org`, password }) })
  expect(response.status, who).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** The coordinator's answer, and the status everyone else gets. */
export async function cvDownloads(apiUrl: string, applicationId: string | number) {
  const download = (token?: string) => fetch(`${apiUrl}/api/volunteer-applications/${applicationId}/file/cv`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  const coordinator = await download(await logIn(apiUrl, 'coordinator'))
  const refused = {
    anonymous: (await download()).status,
    communication: (await download(await logIn(apiUrl, 'communication'))).status,
    finance: (await download(await logIn(apiUrl, 'finance'))).status,
  }
  return { coordinator, refused }
}
