import type { CollectionSlug, TextField } from 'payload'
import { slugify, slugPattern } from '../../domain/slug'
import { label, message } from '../i18n/label'

/**
 * A localized URL segment, filled from the title when left empty. Unique per language
 * within its collection, so that `/fr/projets/<slug>/` always names one document.
 */
export function slugField(from = 'title'): TextField {
  return {
    name: 'slug',
    label: label('field.slug'),
    type: 'text',
    localized: true,
    index: true,
    required: true,
    admin: {
      position: 'sidebar',
      description: label('field.slug.description'),
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[from]
          return typeof source === 'string' && source.trim() ? slugify(source) : value
        },
      ],
    },
    validate: async (value, { req, id, collectionSlug }) => {
      if (typeof value !== 'string' || !value) return message(req, 'validation.slugRequired')
      if (!slugPattern.test(value)) return message(req, 'validation.slugPattern')
      if (!collectionSlug) return true
      const clash = await req.payload.find({
        collection: collectionSlug as CollectionSlug,
        where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
        locale: req.locale ?? undefined,
        fallbackLocale: false,
        depth: 0,
        limit: 1,
        draft: true,
        req,
        overrideAccess: true,
      })
      return clash.totalDocs === 0 ? true : message(req, 'validation.slugTaken', { slug: value })
    },
  }
}
