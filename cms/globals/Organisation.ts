import type { GlobalConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'

/**
 * Everything that makes the site this organisation's: name, address, contact addresses,
 * bank details and the year's fundraising goal. Nothing of it is written in code.
 */
export const Organisation: GlobalConfig = {
  slug: 'organisation',
  label: 'Organisation',
  admin: { group: 'Settings' },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 50 },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Identity',
          fields: [
            { name: 'name', type: 'text', required: true, admin: { description: 'Full legal or public name.' } },
            { name: 'shortName', type: 'text', admin: { description: 'Used in the header and emails, for example an abbreviation.' } },
            { name: 'tagline', type: 'text', localized: true },
            { name: 'description', type: 'textarea', localized: true, required: true, admin: { description: 'One or two sentences: used in search results and link previews.' } },
            { name: 'logo', type: 'upload', relationTo: 'media' },
            { name: 'brandColour', type: 'text', defaultValue: '#9a3412', admin: { description: 'Main colour of emails and accents, as #rrggbb.' }, validate: (v: unknown) => !v || /^#[0-9a-fA-F]{6}$/.test(String(v)) || 'Use the form #rrggbb.' },
            { name: 'registeredSince', type: 'text', admin: { description: 'Optional, for example "followed by Donorinfo since 2017".' }, localized: true },
          ],
        },
        {
          label: 'Contact',
          fields: [
            {
              name: 'address',
              type: 'group',
              fields: [
                { name: 'street', type: 'text' },
                { name: 'postalCode', type: 'text' },
                { name: 'city', type: 'text', localized: true },
                { name: 'country', type: 'text', localized: true },
              ],
            },
            { name: 'phone', type: 'text' },
            {
              name: 'emails',
              label: 'Contact addresses by purpose',
              type: 'group',
              fields: [
                { name: 'general', type: 'email' },
                { name: 'volunteers', type: 'email' },
                { name: 'donations', type: 'email' },
                { name: 'goods', type: 'email' },
              ],
            },
            {
              name: 'socialLinks',
              type: 'array',
              fields: [
                { name: 'platform', type: 'select', required: true, options: ['Facebook', 'Instagram', 'LinkedIn', 'Bluesky', 'Mastodon', 'YouTube', 'X'] },
                { name: 'url', type: 'text', required: true, validate: (v: unknown) => (typeof v === 'string' && /^https:\/\//.test(v)) || 'Enter a full address starting with https://.' },
              ],
            },
          ],
        },
        {
          label: 'Giving',
          fields: [
            {
              name: 'bankAccount',
              type: 'group',
              admin: { description: 'Leave empty until confirmed: the bank-transfer section stays hidden while the IBAN is empty.' },
              fields: [
                { name: 'accountHolder', type: 'text' },
                { name: 'iban', label: 'IBAN', type: 'text' },
                { name: 'bic', label: 'BIC', type: 'text' },
              ],
            },
            {
              name: 'fundraising',
              type: 'group',
              fields: [
                { name: 'goalEuros', label: 'Goal from private donors (EUR)', type: 'number', min: 0 },
                { name: 'year', type: 'number', min: 2000, max: 2100 },
              ],
            },
            {
              name: 'taxCertificates',
              label: 'Tax certificates',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'Turn on only once the organisation is approved to issue tax certificates (45 % reduction for gifts of EUR 40 or more a year).' },
            },
          ],
        },
      ],
    },
  ],
}
