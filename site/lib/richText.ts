import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import type { Locale } from '../../domain/locales'
import type { Doc } from './cms'
import type { LinkableCollection, RouteTable } from './routes'

/** Rich text from the CMS as HTML, with links to other documents pointing at their address in this language. */
export function richTextToHtml(data: unknown, locale: Locale, routes: RouteTable): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as never,
    disableContainer: true,
    disableTextAlign: true,
    converters: {
      ...defaultHTMLConverters,
      ...LinkHTMLConverter({
        internalDocToHref: ({ linkNode }) => {
          const doc = linkNode.fields.doc as { relationTo: LinkableCollection; value: Doc | number | string } | undefined
          if (!doc) return '#'
          const id = typeof doc.value === 'object' ? doc.value.id : doc.value
          return routes.pathOf(doc.relationTo, id, locale) ?? routes.homeOf(locale)
        },
      }),
    },
  })
}
