import type { GlobalConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { label, labels, options } from '../i18n/label'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'

/** The choices the donate page offers; the goal itself is in Organisation. */
export const Giving: GlobalConfig = {
  slug: 'giving',
  label: label('giving.label'),
  admin: { group: label('group.settings') },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 20 },
  fields: [
    {
      name: 'presetAmounts',
      label: label('giving.presetAmounts'),
      labels: labels('giving.presetAmounts'),
      type: 'array',
      maxRows: 6,
      admin: { description: label('giving.presetAmounts.description') },
      fields: [
        { name: 'amountEuros', label: label('giving.amountEuros'), type: 'number', required: true, min: 1 },
        {
          name: 'frequency',
          label: label('giving.frequency'),
          type: 'select',
          required: true,
          defaultValue: 'both',
          options: options('giving.frequency', ['both', 'once', 'monthly']),
        },
        { name: 'impact', label: label('giving.impact'), type: 'text', localized: true },
      ],
    },
    { name: 'minimumEuros', label: label('giving.minimumEuros'), type: 'number', required: true, defaultValue: 5, min: 1 },
    { name: 'maximumEuros', label: label('giving.maximumEuros'), type: 'number', required: true, defaultValue: 10000, min: 1 },
    {
      name: 'feeCoverPercent',
      label: label('giving.feeCoverPercent'),
      type: 'number',
      defaultValue: 0,
      min: 0,
      max: 10,
      admin: { description: label('giving.feeCoverPercent.description') },
    },
  ],
}
