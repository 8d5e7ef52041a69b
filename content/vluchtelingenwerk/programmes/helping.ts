import type { SeedProgramme } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 004, "We vangen asielzoekers op" and "We ondersteunen iedereen die asielzoekers bijstaat". */
export const reception: SeedProgramme = {
  key: 'reception',
  order: 3,
  title: { nl: 'Asielzoekers opvangen', fr: 'Accueillir les demandeurs d’asile', en: 'Receiving asylum seekers' },
  slug: { nl: 'opvang', fr: 'accueil-demandeurs-asile', en: 'reception' },
  summary: {
    nl: 'Op hun eerste dag in België kunnen asielzoekers bij ons Startpunt terecht. Daarnaast vangen we 750 asielzoekers op in individuele woningen.',
    fr: 'Dès leur premier jour en Belgique, les demandeurs d’asile peuvent se rendre à notre Startpunt. Nous accueillons en outre 750 demandeurs d’asile dans des logements individuels.',
    en: 'On their first day in Belgium, asylum seekers can come to our Startpunt. We also house 750 asylum seekers in individual homes.',
  },
  body: {
    nl: md`
      ## Startpunt

      Asielzoekers kunnen op hun eerste dag in België bij ons Startpunt terecht. Vrijwilligers geven hen een kom soep en belangrijke, begrijpelijke en neutrale informatie over hun asielprocedure.

      ## Opvang in individuele woningen

      Daarnaast vangt Vluchtelingenwerk 750 asielzoekers op. Autonomie en het gezin staan daarbij voor ons centraal. Daarom kiezen we ervoor om asielzoekers op te vangen in individuele woningen, appartementen of studio’s. Dat doen we samen met onze partnerorganisaties.
    `,
    fr: md`
      ## Startpunt

      Dès leur premier jour en Belgique, les demandeurs d’asile peuvent se rendre à notre Startpunt. Des bénévoles leur offrent un bol de soupe et des informations importantes, compréhensibles et neutres sur leur procédure d’asile.

      ## Un accueil en logement individuel

      Vluchtelingenwerk accueille en outre 750 demandeurs d’asile. Pour nous, l’autonomie et la famille sont au centre. C’est pourquoi nous choisissons d’accueillir les demandeurs d’asile dans des maisons, des appartements ou des studios individuels. Nous le faisons avec nos organisations partenaires.
    `,
    en: md`
      ## Startpunt

      On their first day in Belgium, asylum seekers can come to our Startpunt. Volunteers give them a bowl of soup and important, understandable and neutral information about their asylum procedure.

      ## Housing in individual homes

      Vluchtelingenwerk also houses 750 asylum seekers. For us, independence and the family come first. That is why we choose to house asylum seekers in individual houses, flats or studios. We do this together with our partner organisations.
    `,
  },
}

export const support: SeedProgramme = {
  key: 'support',
  order: 4,
  title: {
    nl: 'Wie asielzoekers bijstaat ondersteunen',
    fr: 'Soutenir ceux qui aident les demandeurs d’asile',
    en: 'Supporting those who help asylum seekers',
  },
  slug: { nl: 'ondersteuning', fr: 'soutien-aux-intervenants', en: 'supporting-helpers' },
  summary: {
    nl: 'Met vormingen, analyses en helpdesks ondersteunen we advocaten, begeleiders en vrijwilligers van asielzoekers en vluchtelingen.',
    fr: 'Par des formations, des analyses et des services d’assistance, nous soutenons les avocats, les accompagnateurs et les bénévoles des demandeurs d’asile et des réfugiés.',
    en: 'Through training, analyses and helpdesks, we support the lawyers, counsellors and volunteers of asylum seekers and refugees.',
  },
  body: {
    nl: md`
      Met vormingen, analyses en helpdesks ondersteunt Vluchtelingenwerk advocaten, begeleiders en vrijwilligers van asielzoekers en vluchtelingen.

      We ontwikkelen ook werkmethodes die hulpverleners kunnen gebruiken.
    `,
    fr: md`
      Par des formations, des analyses et des services d’assistance (helpdesks), Vluchtelingenwerk soutient les avocats, les accompagnateurs et les bénévoles des demandeurs d’asile et des réfugiés.

      Nous développons aussi des méthodes de travail que les intervenants sociaux peuvent utiliser.
    `,
    en: md`
      Through training, analyses and helpdesks, Vluchtelingenwerk supports the lawyers, counsellors and volunteers of asylum seekers and refugees.

      We also develop working methods that care workers can use.
    `,
  },
}
