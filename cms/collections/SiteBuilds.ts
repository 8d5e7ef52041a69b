import type { CollectionConfig } from 'payload'
import { administrators, editors } from '../access/content'

/** The last builds of the public site: when, why, how long, and the error when one failed. */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Site build', plural: 'Site builds' },
  admin: { group: 'Settings', useAsTitle: 'startedAt', defaultColumns: ['startedAt', 'status', 'durationMs', 'trigger'] },
  access: {
    read: editors,
    create: () => false,
    update: () => false,
    delete: administrators,
  },
  defaultSort: '-startedAt',
  fields: [
    { name: 'status', type: 'select', required: true, options: ['running', 'succeeded', 'failed'], index: true },
    { name: 'mode', type: 'select', options: [{ label: 'Built here', value: 'local' }, { label: 'Build hook of the host', value: 'hook' }] },
    { name: 'trigger', type: 'textarea' },
    { name: 'startedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } } },
    { name: 'durationMs', label: 'Duration (ms)', type: 'number' },
    { name: 'error', type: 'textarea' },
  ],
}
