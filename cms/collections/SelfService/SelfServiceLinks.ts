import type { CollectionConfig } from 'payload'
import { locales } from '../../../domain/locales'
import { labels } from '../../i18n/label'
import { personKinds, subjectCollections } from '../../selfService/kinds'

const nobody = () => false

/**
 * The personal links sent by email (cms/selfService/links.ts). A link carries this row's
 * id and nonce, its expiry and a signature; the row is what makes it revocable: asking
 * for a new link or erasing one's data replaces the rows' nonce, and a link whose nonce
 * no longer matches opens nothing. No personal data here: the record a link names, by
 * id, and its language (for the page that refuses an old link). Rows past their expiry
 * are cleared. Closed to the API and the admin.
 */
export const SelfServiceLinks: CollectionConfig = {
  slug: 'self-service-links',
  labels: labels('selfServiceLinks'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [
    { name: 'nonce', type: 'text', required: true },
    { name: 'personKind', type: 'select', required: true, options: [...personKinds] },
    { name: 'subjectCollection', type: 'select', required: true, index: true, options: [...subjectCollections] },
    { name: 'subjectId', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: [...locales] },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
