import type { GlobalConfig } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { rebuildSiteGlobalHooks } from '../siteBuilds/hooks'
import { linkField } from '../fields/link'
import { label, labels } from '../i18n/label'

export const Footer: GlobalConfig = {
  slug: 'footer',
  label: label('footer.label'),
  admin: { group: label('group.settings') },
  access: { read: publishedOrEditor, readVersions: editors, update: editors },
  hooks: rebuildSiteGlobalHooks,
  versions: { drafts: true, max: 20 },
  fields: [
    { name: 'navItems', label: label('footer.navItems'), labels: labels('navItems'), type: 'array', maxRows: 12, fields: [linkField()] },
    { name: 'note', label: label('footer.note'), type: 'textarea', localized: true },
  ],
}
