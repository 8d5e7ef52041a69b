import type { CollectionConfig } from 'payload'
import { labels } from '../i18n/label'

const nobody = () => false

/**
 * Rebuilds of the public site asked for and not yet started, whichever CMS instance
 * asked (cms/siteBuilds/scheduler.ts): the instance that holds the build lock takes them
 * all at once into its next build, so publishes during a build make exactly one more.
 * Read by nobody over the API; the builds themselves are listed in "Site builds".
 */
export const SiteBuildRequests: CollectionConfig = {
  slug: 'site-build-requests',
  labels: labels('siteBuildRequests'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [{ name: 'trigger', type: 'textarea', required: true }],
}
