import type { CollectionConfig, PayloadRequest } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { pageBlocks } from '../blocks'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { translationStatusField } from '../fields/translationStatus'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { redirectOnSlugChange, rememberPublishedAddress } from './Redirects/redirectOnSlugChange'
import { previewUrl } from '../siteBuilds/previewUrl'

/**
 * What a page is for, so the site can find "the privacy notice" or "the home page"
 * without knowing its title or slug in any language.
 */
export const pagePurposes = [
  { label: 'Home page', value: 'home' },
  { label: 'About', value: 'about' },
  { label: 'Contact', value: 'contact' },
  { label: 'Privacy notice', value: 'privacy' },
  { label: 'Donate (adds the giving form)', value: 'donate' },
  { label: 'Material needs (adds the wishlist with pledge forms)', value: 'wishlist' },
  { label: 'Volunteering (adds the list of roles)', value: 'volunteering' },
  { label: 'Other page', value: 'general' },
] as const

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    preview: previewUrl('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'purpose', 'slug', '_status', 'updatedAt'],
    group: 'Content',
  },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: { ...rebuildSiteHooks, beforeChange: [rememberPublishedAddress('pages')], afterChange: [redirectOnSlugChange('pages'), ...rebuildSiteHooks.afterChange] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      defaultValue: 'general',
      options: [...pagePurposes],
      admin: { position: 'sidebar', description: 'Home, about, contact, privacy, donate, material needs and volunteering each exist once.' },
      validate: async (value: unknown, { req, id }: { req: PayloadRequest; id?: number | string }) => {
        if (!value || value === 'general') return true
        const other = await req.payload.find({
          collection: 'pages',
          where: { and: [{ purpose: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
          depth: 0,
          limit: 1,
          draft: true,
          overrideAccess: true,
          req,
        })
        return other.totalDocs === 0 ? true : 'Another page already has this purpose.'
      },
    },
    slugField(),
    translationStatusField,
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'layout', type: 'blocks', blocks: pageBlocks, required: true, minRows: 1 },
    seoField,
  ],
}
