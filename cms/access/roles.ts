/**
 * The staff roles. A user has one or more; every access rule in cms/access/ is written
 * in terms of these, so what each role may see is decided in this folder only.
 */
export const roles = [
  'administrator',
  'communication-officer',
  'volunteer-coordinator',
  'finance',
  'goods',
] as const
export type Role = (typeof roles)[number]
// Their names, in the staff's three languages, are the admin dictionaries' `role.<role>` (cms/i18n/).

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  if (!user?.roles) return false
  return user.roles.some((role) => role === 'administrator' || (wanted as string[]).includes(role))
}
