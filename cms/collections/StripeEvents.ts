import type { CollectionConfig } from 'payload'
import { administrators } from '../access/content'
import { label, labels } from '../i18n/label'

/**
 * Every Stripe event handled, by its id. Written in the same transaction as the change it
 * caused, so a re-sent event is recognised and changes nothing a second time.
 */
export const StripeEvents: CollectionConfig = {
  slug: 'stripe-events',
  labels: labels('stripeEvents'),
  admin: { group: label('group.giving'), useAsTitle: 'eventId', hidden: ({ user }) => !user?.roles?.includes('administrator'), defaultColumns: ['eventId', 'type', 'createdAt'] },
  access: { read: administrators, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'eventId', label: label('stripeEvents.eventId'), type: 'text', required: true, unique: true, index: true },
    { name: 'type', label: label('stripeEvents.type'), type: 'text', required: true },
  ],
}
