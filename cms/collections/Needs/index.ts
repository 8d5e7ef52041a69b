import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { label, labels, options } from '../../i18n/label'
import { rebuildSiteHooks } from '../../siteBuilds/hooks'
import { goodsTeamField, needEditors, nobody, publicNeeds } from '../../access/goods'
import { needCategories, needConditions, needPriorities, needStatuses, quantityNeededOf } from '../../../domain/needs'
import { needsEndpoint } from './needsEndpoint'

/**
 * A material need on the wishlist: what is wanted, how many, in which condition, and
 * where to bring it. Its two counters (pledged, received) are kept by the pledges
 * themselves, in the database, so they are read-only here.
 */
export const Needs: CollectionConfig = {
  slug: 'needs',
  labels: labels('needs'),
  admin: {
    group: label('group.goods'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'quantityNeeded', 'quantityPledged', 'quantityReceived', 'status', 'priority'],
    description: label('needs.description'),
  },
  access: { read: publicNeeds, create: needEditors, update: needEditors, delete: administrators },
  endpoints: [needsEndpoint],
  defaultSort: 'name',
  // Counts move through pledges (read live by the page); a need's own text, quantity or status needs a rebuild.
  hooks: { beforeChange: [keepCounters], ...rebuildSiteHooks },
  fields: [
    { name: 'name', label: label('field.name'), type: 'text', localized: true, required: true },
    { name: 'description', label: label('field.description'), type: 'textarea', localized: true },
    {
      name: 'category',
      label: label('needs.category'),
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: options('needs.category', needCategories),
    },
    { name: 'image', label: label('field.image'), type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'quantityNeeded',
          label: label('needs.quantityNeeded'),
          type: 'number',
          // Empty while the real number is not known: the site then shows the need as wanted, without a count.
          min: 1,
          admin: { description: label('needs.quantityNeeded.description') },
        },
        { name: 'unit', label: label('needs.unit'), type: 'text', localized: true, required: true, admin: { description: label('needs.unit.description') } },
      ],
    },
    {
      name: 'condition',
      label: label('needs.condition'),
      type: 'select',
      required: true,
      defaultValue: 'used-working',
      options: options('needs.condition', needConditions),
    },
    {
      name: 'dropOff',
      type: 'group',
      label: label('needs.dropOff'),
      admin: { description: label('needs.dropOff.description') },
      fields: [
        { name: 'address', label: label('needs.address'), type: 'textarea', localized: true },
        { name: 'openingHours', label: label('needs.openingHours'), type: 'textarea', localized: true },
        { name: 'instructions', label: label('needs.instructions'), type: 'textarea', localized: true },
      ],
    },
    {
      name: 'status',
      label: label('field.status'),
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: options('needs.status', needStatuses),
      admin: { position: 'sidebar' },
    },
    {
      name: 'priority',
      label: label('needs.priority'),
      type: 'select',
      required: true,
      defaultValue: 'normal',
      options: options('needs.priority', needPriorities),
      admin: { position: 'sidebar' },
    },
    { name: 'quantityPledged', label: label('needs.quantityPledged'), type: 'number', defaultValue: 0, access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true, description: label('needs.quantityPledged.description') } },
    { name: 'quantityReceived', label: label('field.quantityReceived'), type: 'number', defaultValue: 0, access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'internalNote', label: label('needs.internalNote'), type: 'textarea', access: { read: goodsTeamField }, admin: { position: 'sidebar', description: label('needs.internalNote.description') } },
  ],
}

/**
 * An edit in the admin must not write back counters it read a moment ago: a pledge made
 * meanwhile would be lost. Leaving them out of the data leaves their columns untouched.
 * A change of the quantity needed settles whether the need is fulfilled; without a
 * quantity there is nothing to fulfil, so clearing it opens a fulfilled need again.
 */
function keepCounters({ data, operation, originalDoc }: Parameters<CollectionBeforeChangeHook>[0]) {
  if (operation === 'create') {
    data.quantityPledged = 0
    data.quantityReceived = 0
    return data
  }
  delete data.quantityPledged
  delete data.quantityReceived
  const received = Number(originalDoc?.quantityReceived ?? 0)
  const needed = quantityNeededOf(data.quantityNeeded !== undefined ? data.quantityNeeded : originalDoc?.quantityNeeded)
  const changed = needed !== quantityNeededOf(originalDoc?.quantityNeeded)
  if (data.status !== 'closed') {
    if (needed !== null && received >= needed) data.status = 'fulfilled'
    else if (data.status === 'fulfilled' && changed) data.status = 'open'
  }
  return data
}
