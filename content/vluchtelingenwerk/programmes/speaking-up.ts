import type { SeedProgramme } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 004, "We zetten druk op het beleid" and "We sensibiliseren het ruime publiek". */
export const policy: SeedProgramme = {
  key: 'policy',
  order: 1,
  title: { nl: 'Druk zetten op het beleid', fr: 'Peser sur les politiques', en: 'Influencing policy' },
  slug: { nl: 'druk-op-het-beleid', fr: 'peser-sur-les-politiques', en: 'influencing-policy' },
  summary: {
    nl: 'We verdedigen de rechten van asielzoekers en vluchtelingen in ons land en in Europa, en formuleren aanbevelingen voor beleidsmakers.',
    fr: 'Nous défendons les droits des demandeurs d’asile et des réfugiés dans notre pays et en Europe, et formulons des recommandations pour les décideurs politiques.',
    en: 'We defend the rights of asylum seekers and refugees in our country and in Europe, and make recommendations to policymakers.',
  },
  body: {
    nl: md`
      Vluchtelingenwerk verdedigt de rechten van asielzoekers en vluchtelingen in ons land en in Europa. We waken over de asielprocedure, de opvang en de bescherming van asielzoekers. We pleiten voor echte kansen op integratie en ijveren voor een menswaardige terugkeer.

      We lichten elk beleid kritisch door en formuleren aanbevelingen voor beleidsmakers. Druk uitoefenen doen we via lobbywerk, acties en de media.
    `,
    fr: md`
      Vluchtelingenwerk défend les droits des demandeurs d’asile et des réfugiés dans notre pays et en Europe. Nous veillons à la procédure d’asile, à l’accueil et à la protection des demandeurs d’asile. Nous plaidons pour de réelles chances d’intégration et pour un retour digne.

      Nous analysons chaque politique de manière critique et formulons des recommandations pour les décideurs politiques. Nous exerçons une pression par le lobbying, par des actions et par les médias.
    `,
    en: md`
      Vluchtelingenwerk defends the rights of asylum seekers and refugees in our country and in Europe. We keep watch over the asylum procedure and over the reception and protection of asylum seekers. We argue for real opportunities for integration and for a humane return.

      We take a critical look at every policy and make recommendations to policymakers. We apply pressure through lobbying, actions and the media.
    `,
  },
}

export const awareness: SeedProgramme = {
  key: 'awareness',
  order: 2,
  title: { nl: 'Het ruime publiek sensibiliseren', fr: 'Sensibiliser le grand public', en: 'Raising public awareness' },
  slug: { nl: 'sensibiliseren', fr: 'sensibiliser-le-public', en: 'raising-awareness' },
  summary: {
    nl: 'Met campagnes, acties en pers- en opiniestukken tonen we dat vluchtelingen recht hebben op bescherming, en dat ze hun talenten meebrengen.',
    fr: 'Par des campagnes, des actions et des articles de presse et d’opinion, nous montrons que les réfugiés ont droit à une protection et qu’ils apportent leurs talents.',
    en: 'Through campaigns, actions and press and opinion pieces, we show that refugees have a right to protection and that they bring their talents with them.',
  },
  body: {
    nl: md`
      We zorgen voor mediagenieke campagnes, creatieve acties en heldere pers- en opiniestukken. Daarmee laten we zien dat asielzoekers en vluchtelingen moeten vluchten voor oorlog, geweld en vervolging, en dat ze recht hebben op bescherming in ons land.

      We tonen ook dat vluchtelingen hun talenten met zich meebrengen, en dat we die als samenleving moeten zien en gebruiken.
    `,
    fr: md`
      Nous réalisons des campagnes médiatiques, des actions créatives et des articles de presse et d’opinion clairs. Nous montrons ainsi que les demandeurs d’asile et les réfugiés doivent fuir la guerre, la violence et la persécution, et qu’ils ont droit à une protection dans notre pays.

      Nous montrons aussi que les réfugiés apportent leurs talents avec eux, et que notre société doit les voir et en faire usage.
    `,
    en: md`
      We create media-friendly campaigns, creative actions and clear press and opinion pieces. With them we show that asylum seekers and refugees have to flee war, violence and persecution, and that they have a right to protection in our country.

      We also show that refugees bring their talents with them, and that as a society we should recognise and use those talents.
    `,
  },
}
