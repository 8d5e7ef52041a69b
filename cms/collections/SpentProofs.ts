import type { CollectionConfig } from 'payload'
import { labels } from '../i18n/label'

const nobody = () => false

/**
 * The proofs of work already used (cms/volunteering/spentProofs.ts): a solved challenge
 * is accepted once, on whichever CMS instance it arrives. Kept until its challenge
 * expires (after which no instance would accept it anyway), then purged. Read by nobody
 * over the API or in the admin.
 */
export const SpentProofs: CollectionConfig = {
  slug: 'spent-proofs',
  labels: labels('spentProofs'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [
    { name: 'nonce', type: 'text', required: true, unique: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
