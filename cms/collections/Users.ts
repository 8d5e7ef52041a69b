import type { CollectionConfig } from 'payload'
import { administrators, administratorsField } from '../access/content'
import { roleLabels, roles } from '../access/roles'
import { selfOrAdministrator } from '../access/users'
import { usesPostgres } from '../env'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // The 15-second guard against reset-email floods writes outside the request's
    // transaction, which SQLite (one writer at a time) cannot do while that transaction
    // holds the lock: keep the guard where the database allows it (PostgreSQL).
    forgotPassword: { minRequestInterval: usesPostgres ? 15_000 : 0 },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: 'Settings' },
  access: {
    read: selfOrAdministrator,
    update: selfOrAdministrator,
    create: administrators,
    delete: administrators,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['communication-officer'],
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: administratorsField, update: administratorsField },
      saveToJWT: true,
    },
  ],
}
