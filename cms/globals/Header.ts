import type { GlobalConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'
import { linkField } from '../fields/link'
import { label, labels } from '../i18n/label'

export const Header: GlobalConfig = {
  slug: 'header',
  label: label('header.label'),
  admin: { group: label('group.settings') },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 20 },
  fields: [{ name: 'navItems', label: label('header.navItems'), labels: labels('navItems'), type: 'array', maxRows: 7, fields: [linkField()] }],
}
