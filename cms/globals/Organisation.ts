import type { GlobalConfig, PayloadRequest } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { label, labels, message, sameInEveryLanguage } from '../i18n/label'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'

/**
 * Everything that makes the site this organisation's: name, address, contact addresses,
 * bank details and the year's fundraising goal. Nothing of it is written in code.
 */
export const Organisation: GlobalConfig = {
  slug: 'organisation',
  label: label('organisation.label'),
  admin: { group: label('group.settings') },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 50 },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('organisation.identity'),
          fields: [
            { name: 'name', label: label('field.name'), type: 'text', required: true, admin: { description: label('organisation.name.description') } },
            { name: 'shortName', label: label('organisation.shortName'), type: 'text', admin: { description: label('organisation.shortName.description') } },
            { name: 'tagline', label: label('organisation.tagline'), type: 'text', localized: true },
            { name: 'description', label: label('field.description'), type: 'textarea', localized: true, required: true, admin: { description: label('organisation.description.description') } },
            { name: 'logo', label: label('field.logo'), type: 'upload', relationTo: 'media' },
            {
              name: 'brandColour',
              label: label('organisation.brandColour'),
              type: 'text',
              defaultValue: '#9a3412',
              admin: { description: label('organisation.brandColour.description') },
              validate: (v: unknown, { req }: { req: PayloadRequest }) => !v || /^#[0-9a-fA-F]{6}$/.test(String(v)) || message(req, 'validation.colour'),
            },
            { name: 'registeredSince', label: label('organisation.registeredSince'), type: 'text', admin: { description: label('organisation.registeredSince.description') }, localized: true },
          ],
        },
        {
          label: label('organisation.contact'),
          fields: [
            {
              name: 'address',
              label: label('organisation.address'),
              type: 'group',
              fields: [
                { name: 'street', label: label('field.street'), type: 'text' },
                { name: 'postalCode', label: label('field.postalCode'), type: 'text' },
                { name: 'city', label: label('field.city'), type: 'text', localized: true },
                { name: 'country', label: label('field.country'), type: 'text', localized: true },
              ],
            },
            { name: 'phone', label: label('field.phone'), type: 'text' },
            {
              name: 'emails',
              label: label('organisation.emails'),
              type: 'group',
              fields: [
                { name: 'general', label: label('organisation.emails.general'), type: 'email' },
                { name: 'volunteers', label: label('organisation.emails.volunteers'), type: 'email' },
                { name: 'donations', label: label('organisation.emails.donations'), type: 'email' },
                { name: 'goods', label: label('organisation.emails.goods'), type: 'email' },
                { name: 'upTogether', label: label('organisation.emails.upTogether'), type: 'email', admin: { description: label('organisation.emails.upTogether.description') } },
              ],
            },
            {
              name: 'socialLinks',
              label: label('organisation.socialLinks'),
              labels: labels('organisation.socialLinks'),
              type: 'array',
              fields: [
                {
                  name: 'platform',
                  label: label('organisation.platform'),
                  type: 'select',
                  required: true,
                  options: ['Facebook', 'Instagram', 'LinkedIn', 'Bluesky', 'Mastodon', 'YouTube', 'X'].map((name) => ({ value: name, label: sameInEveryLanguage(name) })),
                },
                {
                  name: 'url',
                  label: label('link.url'),
                  type: 'text',
                  required: true,
                  validate: (v: unknown, { req }: { req: PayloadRequest }) => (typeof v === 'string' && /^https:\/\//.test(v)) || message(req, 'validation.httpsAddress'),
                },
              ],
            },
          ],
        },
        {
          label: label('organisation.giving'),
          fields: [
            {
              name: 'bankAccount',
              label: label('organisation.bankAccount'),
              type: 'group',
              admin: { description: label('organisation.bankAccount.description') },
              fields: [
                { name: 'accountHolder', label: label('organisation.accountHolder'), type: 'text' },
                { name: 'iban', label: label('organisation.iban'), type: 'text' },
                { name: 'bic', label: label('organisation.bic'), type: 'text' },
              ],
            },
            {
              name: 'fundraising',
              label: label('organisation.fundraising'),
              type: 'group',
              fields: [
                { name: 'goalEuros', label: label('organisation.goalEuros'), type: 'number', min: 0 },
                { name: 'year', label: label('organisation.year'), type: 'number', min: 2000, max: 2100 },
              ],
            },
            // Whether gifts earn a tax certificate is finance's setting: Giving → Tax certificates (TaxCertificateSettings.ts).
          ],
        },
      ],
    },
  ],
}
