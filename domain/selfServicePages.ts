import type { Locale } from './locales'

/**
 * The site's page where a person asks for a new personal link (self-service through
 * signed links, cms/selfService/), and the page the form lands on, in each language.
 * Both the site (which builds them) and the CMS (which links to them and redirects there)
 * read them here.
 */
export const selfServiceSegments: Record<'request' | 'sent', Record<Locale, string>> = {
  request: { nl: 'mijn-gegevens', fr: 'mes-donnees', en: 'my-details' },
  sent: { nl: 'link-verstuurd', fr: 'lien-envoye', en: 'link-sent' },
}

export const selfServiceRequestPath = (locale: Locale) => `/${locale}/${selfServiceSegments.request[locale]}/`
export const selfServiceSentPath = (locale: Locale) => `${selfServiceRequestPath(locale)}${selfServiceSegments.sent[locale]}/`
