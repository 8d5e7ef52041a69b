import type { CollectionConfig } from 'payload'
import { administrators } from '../access/content'

/**
 * Every Stripe event handled, by its id. Written in the same transaction as the change it
 * caused, so a re-sent event is recognised and changes nothing a second time.
 */
export const StripeEvents: CollectionConfig = {
  slug: 'stripe-events',
  labels: { singular: 'Stripe event', plural: 'Stripe events' },
  admin: { group: 'Giving', useAsTitle: 'eventId', hidden: ({ user }) => !user?.roles?.includes('administrator'), defaultColumns: ['eventId', 'type', 'createdAt'] },
  access: { read: administrators, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true, index: true },
    { name: 'type', type: 'text', required: true },
  ],
}
