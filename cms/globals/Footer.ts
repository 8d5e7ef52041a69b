import type { GlobalConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'
import { linkField } from '../fields/link'

export const Footer: GlobalConfig = {
  slug: 'footer',
  label: 'Footer',
  admin: { group: 'Settings' },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 20 },
  fields: [
    { name: 'navItems', label: 'Links', type: 'array', maxRows: 12, fields: [linkField()] },
    { name: 'note', type: 'textarea', localized: true },
  ],
}
