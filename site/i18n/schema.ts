import { z } from 'zod'
import { needsStringsSchema } from './needs/schema'
import { volunteerStringsSchema } from './volunteer/schema'

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
    donate: text,
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
  progress: z.strictObject({
    raisedOfGoal: text,
    donors: text,
    label: text,
  }),
  donate: z.strictObject({
    formHeading: text,
    frequency: text,
    once: text,
    monthly: text,
    amount: text,
    perMonth: text,
    otherAmount: text,
    otherAmountHint: text,
    coverFees: text,
    total: text,
    tributeToggle: text,
    tributeKind: text,
    inMemory: text,
    inHonour: text,
    tributeName: text,
    yourDetails: text,
    name: text,
    email: text,
    emailHint: text,
    anonymous: text,
    newsletter: text,
    taxHeading: text,
    taxExplanation: text,
    taxRequest: text,
    nationalRegisterNumber: text,
    nationalRegisterNumberHint: text,
    street: text,
    postalCode: text,
    city: text,
    submit: text,
    submitting: text,
    errorSummary: text,
    networkError: text,
    demoBanner: text,
    offline: text,
    secure: text,
    bankHeading: text,
    bankIntro: text,
    accountHolder: text,
    iban: text,
    bic: text,
    communication: text,
    communicationHint: text,
    qrLabel: text,
    qrHint: text,
    chooseAmountForQr: text,
    thanksTitle: text,
    thanksText: text,
    thanksMonthly: text,
    cancelledTitle: text,
    cancelledText: text,
    backToDonate: text,
  }),
  breadcrumbs: text,
  /** The page the CMS shows when a form sent without script must be corrected (cms/publicForms/retry/). */
  formRetry: z.strictObject({
    title: text,
    intro: text,
    notSentTitle: text,
    expiredTitle: text,
    expiredText: text,
    backToSite: text,
  }),
  volunteer: volunteerStringsSchema,
  needs: needsStringsSchema,
})

export type UiStrings = z.infer<typeof uiStringsSchema>
