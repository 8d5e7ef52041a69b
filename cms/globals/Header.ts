import type { GlobalConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'
import { linkField } from '../fields/link'

export const Header: GlobalConfig = {
  slug: 'header',
  label: 'Header navigation',
  admin: { group: 'Settings' },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 20 },
  fields: [{ name: 'navItems', label: 'Menu', type: 'array', maxRows: 7, fields: [linkField()] }],
}
