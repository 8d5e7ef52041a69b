import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 004 (introduction and "We brengen mensen samen"). */
export const about: SeedPage = {
  key: 'about',
  purpose: 'about',
  title: { nl: 'Over ons', fr: 'À propos', en: 'About us' },
  slug: { nl: 'over-ons', fr: 'a-propos', en: 'about' },
  summary: {
    nl: 'Wie Vluchtelingenwerk Vlaanderen is en wat we doen.',
    fr: 'Qui est Vluchtelingenwerk Vlaanderen et ce que nous faisons.',
    en: 'Who Vluchtelingenwerk Vlaanderen is and what we do.',
  },
  layout: [
    {
      blockType: 'content',
      heading: { nl: 'Wie we zijn', fr: 'Qui nous sommes', en: 'Who we are' },
      body: {
        nl: md`
          Vluchtelingenwerk Vlaanderen zet zich in voor mensen op de vlucht voor oorlog, geweld en vervolging. We doen dat niet alleen, maar met een dertigtal lidorganisaties en heel wat enthousiaste vrijwilligers.

          Samen verhogen we de druk op het beleid en sensibiliseren we het ruime publiek. We werken mee aan kwalitatieve opvang en zijn actief rond integratie. En we ondersteunen iedereen die asielzoekers en vluchtelingen bijstaat.
        `,
        fr: md`
          Vluchtelingenwerk Vlaanderen s’engage pour les personnes qui fuient la guerre, la violence et la persécution. Nous ne le faisons pas seuls, mais avec une trentaine d’organisations membres et de nombreux bénévoles enthousiastes.

          Ensemble, nous accentuons la pression sur les politiques et sensibilisons le grand public. Nous contribuons à un accueil de qualité et agissons pour l’intégration. Et nous soutenons toutes celles et tous ceux qui aident les demandeurs d’asile et les réfugiés.
        `,
        en: md`
          Vluchtelingenwerk Vlaanderen stands up for people fleeing war, violence and persecution. We do not do this alone, but with some thirty member organisations and many enthusiastic volunteers.

          Together we increase the pressure on policy and raise public awareness. We help provide good-quality reception and work on integration. And we support everyone who assists asylum seekers and refugees.
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Een beweging', fr: 'Un mouvement', en: 'A movement' },
      body: {
        nl: md`
          Vluchtelingenwerk is een beweging. Onder het motto **‘samen sterk’** brengen we organisaties en individuen in beweging voor asielzoekers en vluchtelingen, en brengen we vluchtelingen en Belgen samen om elkaar te ontmoeten.
        `,
        fr: md`
          Vluchtelingenwerk est un mouvement. Sous la devise **« samen sterk »** (ensemble, plus forts), nous mobilisons des organisations et des individus en faveur des demandeurs d’asile et des réfugiés, et nous réunissons réfugiés et Belges pour qu’ils se rencontrent.
        `,
        en: md`
          Vluchtelingenwerk is a movement. Under the motto **‘samen sterk’** (stronger together), we get organisations and individuals moving for asylum seekers and refugees, and we bring refugees and Belgians together to meet each other.
        `,
      },
    },
    {
      blockType: 'programmesList',
      heading: { nl: 'Onze opdrachten', fr: 'Nos missions', en: 'Our missions' },
    },
  ],
}
