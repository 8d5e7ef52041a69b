import type { CollectionConfig } from 'payload'
import { locales } from '../../domain/locales'
import { labels } from '../i18n/label'
import { formNames } from '../publicForms/retry/formNames'

const nobody = () => false

/**
 * A public form sent without script and refused (bad input, or our own failure), kept
 * just long enough to show it again with its errors: the static site cannot, and nothing
 * the visitor typed may travel in an address. Found only by the SHA-256 of the random
 * token in the retry page's address, read by nobody over the API or in the admin, gone
 * after 30 minutes or a few views (cms/publicForms/retry/store.ts). Files are never kept.
 */
export const FormRetries: CollectionConfig = {
  slug: 'form-retries',
  labels: labels('formRetries'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Not even a schema to look at.
  graphQL: false,
  // Nobody opens these in the admin, so there is nothing to lock.
  lockDocuments: false,
  fields: [
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'form', type: 'select', required: true, options: [...formNames] },
    { name: 'locale', type: 'select', required: true, options: [...locales] },
    /** What the visitor typed, as the form's [name, value] pairs (repeated names kept, files left out). */
    { name: 'fields', type: 'json', required: true },
    /** The errors by field, in the visitor's language. */
    { name: 'errors', type: 'json', required: true },
    { name: 'views', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
