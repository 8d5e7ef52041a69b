import type { CollectionConfig, PayloadRequest } from 'payload'
import { editors, publishedOrEditor } from '../access/content'
import { pageBlocks } from '../blocks'
import { seoField } from '../fields/seo'
import { label, labels, message, options } from '../i18n/label'
import { slugField } from '../fields/slug'
import { translationStatusField } from '../fields/translationStatus'
import { rebuildSiteHooks } from '../siteBuilds/hooks'
import { redirectOnSlugChange, rememberPublishedAddress } from './Redirects/redirectOnSlugChange'
import { previewUrl } from '../siteBuilds/previewUrl'

/**
 * What a page is for, so the site can find "the privacy notice" or "the home page"
 * without knowing its title or slug in any language.
 */
export const pagePurposes = options('pages.purpose', ['home', 'about', 'contact', 'privacy', 'donate', 'wishlist', 'volunteering', 'general'])

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: labels('pages'),
  admin: {
    preview: previewUrl('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'purpose', 'slug', '_status', 'updatedAt'],
    group: label('group.content'),
  },
  access: { read: publishedOrEditor, readVersions: editors, create: editors, update: editors, delete: editors },
  hooks: { ...rebuildSiteHooks, beforeChange: [rememberPublishedAddress('pages')], afterChange: [redirectOnSlugChange('pages'), ...rebuildSiteHooks.afterChange] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', label: label('field.title'), type: 'text', localized: true, required: true },
    {
      name: 'purpose',
      label: label('pages.purpose'),
      type: 'select',
      required: true,
      defaultValue: 'general',
      options: pagePurposes,
      admin: { position: 'sidebar', description: label('pages.purpose.description') },
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
        return other.totalDocs === 0 ? true : message(req, 'validation.purposeTaken')
      },
    },
    slugField(),
    translationStatusField,
    { name: 'summary', label: label('field.summary'), type: 'textarea', localized: true },
    { name: 'layout', label: label('pages.layout'), labels: labels('pages.layout'), type: 'blocks', blocks: pageBlocks, required: true, minRows: 1 },
    seoField,
  ],
}
