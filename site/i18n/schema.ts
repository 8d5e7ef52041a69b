import { z } from 'zod'

/**
 * Every piece of interface text the site shows, whatever the organisation. Each language
 * file is parsed against this schema when the site builds, so a missing or empty
 * translation stops the build instead of reaching a visitor.
 */
const text = z.string().trim().min(1)

export const uiStringsSchema = z.strictObject({
  languageName: text,
  routes: z.strictObject({
    /** URL segments, e.g. /nl/projecten/… and /fr/projets/… */
    programmes: text.regex(/^[a-z0-9-]+$/),
    news: text.regex(/^[a-z0-9-]+$/),
  }),
  layout: z.strictObject({
    skipToContent: text,
    mainNavigation: text,
    footerNavigation: text,
    home: text,
    languageSwitcher: text,
    inLanguage: text,
  }),
  contact: z.strictObject({
    address: text,
    phone: text,
    email: text,
    emailPurposes: z.strictObject({ general: text, volunteers: text, donations: text, goods: text }),
    followUs: text,
  }),
  programmes: z.strictObject({ heading: text, readMore: text, contact: text }),
  news: z.strictObject({
    heading: text,
    intro: text,
    readMore: text,
    publishedOn: text,
    allNews: text,
    none: text,
  }),
  partners: z.strictObject({ heading: text, visit: text }),
  fundraising: z.strictObject({
    goalLabel: text,
    goalForYear: text,
  }),
  notFound: z.strictObject({ title: text, text: text, backHome: text }),
  breadcrumbs: text,
})

export type UiStrings = z.infer<typeof uiStringsSchema>
