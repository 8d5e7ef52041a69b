import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { administrators } from '../../access/content'
import { rebuildSiteHooks } from '../../siteBuilds/hooks'
import { goodsTeamField, needEditors, nobody, publicNeeds } from '../../access/goods'
import { needsEndpoint } from './needsEndpoint'

/**
 * A material need on the wishlist: what is wanted, how many, in which condition, and
 * where to bring it. Its two counters (pledged, received) are kept by the pledges
 * themselves, in the database, so they are read-only here.
 */
export const Needs: CollectionConfig = {
  slug: 'needs',
  labels: { singular: 'Material need', plural: 'Material needs' },
  admin: {
    group: 'Goods',
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'quantityNeeded', 'quantityPledged', 'quantityReceived', 'status', 'priority'],
    description: 'The wishlist on the site. Pledges fill the counters by themselves; a need whose received quantity reaches what is needed becomes fulfilled.',
  },
  access: { read: publicNeeds, create: needEditors, update: needEditors, delete: administrators },
  endpoints: [needsEndpoint],
  defaultSort: 'name',
  // Counts move through pledges (read live by the page); a need's own text, quantity or status needs a rebuild.
  hooks: { beforeChange: [keepCounters], ...rebuildSiteHooks },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: [
        { label: 'IT equipment', value: 'it-equipment' },
        { label: 'Hygiene and cleaning for the transit house', value: 'transit-house-hygiene' },
        { label: 'Other', value: 'other' },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'quantityNeeded',
          type: 'number',
          required: true,
          min: 1,
          admin: { description: 'How many are wanted in all. A number marked "to be confirmed" in the internal note is a placeholder.' },
        },
        { name: 'unit', type: 'text', localized: true, required: true, admin: { description: 'What one counts, e.g. "laptops", "bottles", "packs".' } },
      ],
    },
    {
      name: 'condition',
      type: 'select',
      required: true,
      defaultValue: 'used-working',
      options: [
        { label: 'New only', value: 'new' },
        { label: 'New, or used in working order', value: 'used-working' },
      ],
    },
    {
      name: 'dropOff',
      type: 'group',
      label: 'Drop-off',
      admin: { description: 'Sent to every giver. Left empty, the address is the organisation’s own (Settings → Organisation).' },
      fields: [
        { name: 'address', type: 'textarea', localized: true },
        { name: 'openingHours', type: 'textarea', localized: true },
        { name: 'instructions', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { label: 'Open: pledges welcome', value: 'open' },
        { label: 'Fulfilled (set by itself when all is received)', value: 'fulfilled' },
        { label: 'Closed: hidden from the site', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'priority',
      type: 'select',
      required: true,
      defaultValue: 'normal',
      options: [
        { label: 'High', value: 'high' },
        { label: 'Normal', value: 'normal' },
        { label: 'Low', value: 'low' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'quantityPledged', type: 'number', defaultValue: 0, access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true, description: 'Promised, not yet brought.' } },
    { name: 'quantityReceived', type: 'number', defaultValue: 0, access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'internalNote', type: 'textarea', access: { read: goodsTeamField }, admin: { position: 'sidebar', description: 'For staff only; never shown on the site.' } },
  ],
}

/**
 * An edit in the admin must not write back counters it read a moment ago: a pledge made
 * meanwhile would be lost. Leaving them out of the data leaves their columns untouched.
 * A change of the quantity needed settles whether the need is fulfilled.
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
  const needed = Number(data.quantityNeeded ?? originalDoc?.quantityNeeded)
  if (data.status !== 'closed' && Number.isFinite(needed)) {
    if (received >= needed) data.status = 'fulfilled'
    else if (data.status === 'fulfilled' && needed !== Number(originalDoc?.quantityNeeded)) data.status = 'open'
  }
  return data
}
