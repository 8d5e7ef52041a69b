import type { GlobalConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'

/** The choices the donate page offers; the goal itself is in Organisation. */
export const Giving: GlobalConfig = {
  slug: 'giving',
  label: 'Giving settings',
  admin: { group: 'Settings' },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 20 },
  fields: [
    {
      name: 'presetAmounts',
      type: 'array',
      maxRows: 6,
      admin: { description: 'Amounts offered as buttons, each with a line on what it makes possible (leave the line empty rather than guess).' },
      fields: [
        { name: 'amountEuros', type: 'number', required: true, min: 1 },
        {
          name: 'frequency',
          type: 'select',
          required: true,
          defaultValue: 'both',
          options: [
            { label: 'One-time and monthly', value: 'both' },
            { label: 'One-time only', value: 'once' },
            { label: 'Monthly only', value: 'monthly' },
          ],
        },
        { name: 'impact', type: 'text', localized: true },
      ],
    },
    { name: 'minimumEuros', type: 'number', required: true, defaultValue: 5, min: 1 },
    { name: 'maximumEuros', type: 'number', required: true, defaultValue: 10000, min: 1 },
    {
      name: 'feeCoverPercent',
      label: 'Payment costs a donor may add (%)',
      type: 'number',
      defaultValue: 0,
      min: 0,
      max: 10,
      admin: { description: '0 hides the option.' },
    },
  ],
}
