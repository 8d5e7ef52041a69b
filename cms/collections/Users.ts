import type { CollectionConfig } from 'payload'
import { administrators, administratorsField } from '../access/content'
import { roles } from '../access/roles'
import { selfOrAdministrator } from '../access/users'
import { cmsUrl } from '../env'
import { label, labels, options } from '../i18n/label'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: labels('users'),
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // The staff session cookie: HttpOnly always (Payload sets it), not sent along with
    // cross-site requests (Lax, not Strict, so that a link from an email still opens the
    // admin signed in), and Secure when the CMS's address is HTTPS: on a plain-HTTP address
    // (a laptop's, a test machine's) browsers would refuse a Secure cookie.
    cookies: { sameSite: 'Lax', secure: new URL(cmsUrl).protocol === 'https:' },
    // At most one reset email per address every 15 seconds, against reset-email floods.
    forgotPassword: { minRequestInterval: 15_000 },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: label('group.settings') },
  access: {
    read: selfOrAdministrator,
    update: selfOrAdministrator,
    create: administrators,
    delete: administrators,
    // Clearing another account's failed-login lock is an administrator's call (Payload lets any staff member).
    unlock: administrators,
  },
  fields: [
    { name: 'name', label: label('field.name'), type: 'text', required: true },
    {
      name: 'roles',
      label: label('users.roles'),
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['communication-officer'],
      options: options('role', roles),
      access: { create: administratorsField, update: administratorsField },
      saveToJWT: true,
    },
  ],
}
