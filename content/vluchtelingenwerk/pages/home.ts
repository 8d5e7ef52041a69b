import type { SeedPage } from '../../../cms/seed/profile'
import { toPage, toProgramme } from '../links'

/** Source: seed 004. */
export const home: SeedPage = {
  key: 'home',
  purpose: 'home',
  title: { nl: 'Home', fr: 'Accueil', en: 'Home' },
  slug: { nl: 'home', fr: 'accueil', en: 'home' },
  summary: {
    nl: 'Vluchtelingenwerk Vlaanderen zet zich in voor mensen op de vlucht voor oorlog, geweld en vervolging.',
    fr: 'Vluchtelingenwerk Vlaanderen s’engage pour les personnes qui fuient la guerre, la violence et la persécution.',
    en: 'Vluchtelingenwerk Vlaanderen stands up for people fleeing war, violence and persecution.',
  },
  layout: [
    {
      blockType: 'hero',
      heading: {
        nl: 'Samen sterk voor mensen op de vlucht',
        fr: 'Ensemble, plus forts pour les personnes réfugiées',
        en: 'Stronger together for people who have fled',
      },
      text: {
        nl: 'Vluchtelingenwerk Vlaanderen zet zich in voor mensen op de vlucht voor oorlog, geweld en vervolging. Dat doen we samen met een dertigtal lidorganisaties en heel wat enthousiaste vrijwilligers.',
        fr: 'Vluchtelingenwerk Vlaanderen s’engage pour les personnes qui fuient la guerre, la violence et la persécution. Nous le faisons avec une trentaine d’organisations membres et de nombreux bénévoles enthousiastes.',
        en: 'Vluchtelingenwerk Vlaanderen stands up for people fleeing war, violence and persecution. We do this together with some thirty member organisations and many enthusiastic volunteers.',
      },
      actions: [
        toPage('about', { nl: 'Over Vluchtelingenwerk', fr: 'À propos de Vluchtelingenwerk', en: 'About Vluchtelingenwerk' }),
        toProgramme('reception', { nl: 'Hoe we asielzoekers opvangen', fr: 'Notre accueil des demandeurs d’asile', en: 'How we receive asylum seekers' }),
      ],
    },
    {
      blockType: 'keyFigures',
      figures: [
        {
          value: { nl: '750', fr: '750', en: '750' },
          label: { nl: 'asielzoekers die we opvangen', fr: 'demandeurs d’asile que nous accueillons', en: 'asylum seekers we house' },
        },
        {
          value: { nl: '50', fr: '50', en: '50' },
          label: { nl: 'leden', fr: 'membres', en: 'members' },
        },
        {
          value: { nl: '35', fr: '35', en: '35' },
          label: { nl: 'vrijwilligersgroepen', fr: 'groupes de bénévoles', en: 'volunteer groups' },
        },
      ],
    },
    {
      blockType: 'programmesList',
      heading: { nl: 'Onze opdrachten', fr: 'Nos missions', en: 'Our missions' },
      intro: {
        nl: 'We zetten druk op het beleid, sensibiliseren het ruime publiek, werken mee aan kwalitatieve opvang, zijn actief rond integratie en ondersteunen iedereen die asielzoekers en vluchtelingen bijstaat.',
        fr: 'Nous pesons sur les politiques, sensibilisons le grand public, contribuons à un accueil de qualité, agissons pour l’intégration et soutenons toutes celles et tous ceux qui aident les demandeurs d’asile et les réfugiés.',
        en: 'We put pressure on policy, raise public awareness, help provide good-quality reception, work on integration and support everyone who assists asylum seekers and refugees.',
      },
    },
  ],
}
