import type { CollectionConfig } from 'payload'

type PreviewFunction = NonNullable<NonNullable<CollectionConfig['admin']>['preview']>

/** The admin's "Preview" button: the document's page in the preview build, in the language being edited. */
export const previewUrl =
  (collection: 'pages' | 'programmes' | 'news'): PreviewFunction =>
  (doc, { locale }) =>
    `/api/site-preview?collection=${collection}&id=${doc.id}&locale=${locale}`
