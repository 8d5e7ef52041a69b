import type { CollectionConfig } from 'payload'
import { administrators, editors } from '../access/content'
import { dayAndTimeWithSeconds } from '../i18n/dates'
import { label, labels, options } from '../i18n/label'

/** The last builds of the public site: when, why, how long, and the error when one failed. */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: labels('siteBuilds'),
  admin: { group: label('group.settings'), useAsTitle: 'startedAt', defaultColumns: ['startedAt', 'status', 'durationMs', 'trigger'] },
  access: {
    read: editors,
    create: () => false,
    update: () => false,
    delete: administrators,
  },
  defaultSort: '-startedAt',
  fields: [
    { name: 'status', label: label('field.status'), type: 'select', required: true, options: options('siteBuilds.status', ['running', 'succeeded', 'failed']), index: true },
    { name: 'mode', label: label('siteBuilds.mode'), type: 'select', options: options('siteBuilds.mode', ['local', 'hook']) },
    { name: 'trigger', label: label('siteBuilds.trigger'), type: 'textarea' },
    { name: 'startedAt', label: label('siteBuilds.startedAt'), type: 'date', required: true, admin: { date: dayAndTimeWithSeconds } },
    { name: 'finishedAt', label: label('siteBuilds.finishedAt'), type: 'date', admin: { date: dayAndTimeWithSeconds } },
    { name: 'durationMs', label: label('siteBuilds.durationMs'), type: 'number' },
    { name: 'error', label: label('siteBuilds.error'), type: 'textarea' },
  ],
}
