import type { SeedProgramme } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 000 (BEST). */
export const best: SeedProgramme = {
  key: 'best',
  order: 4,
  title: { nl: 'BEST', fr: 'BEST', en: 'BEST' },
  slug: { nl: 'best', fr: 'best', en: 'best' },
  summary: {
    nl: 'JRS onderzoekt initiatieven van het middenveld die vluchtelingen en migranten ondersteunen, om ‘good practices against racism’ te herkennen en aan te moedigen.',
    fr: 'Le JRS étudie les initiatives de la société civile qui soutiennent les réfugiés et les migrants, afin de repérer et d’encourager les « good practices against racism ».',
    en: 'JRS researches civil-society initiatives that support refugees and migrants, in order to identify and encourage ‘good practices against racism’.',
  },
  body: {
    nl: md`
      Met BEST onderzoekt JRS de initiatieven van het middenveld die ondersteuning bieden aan vluchtelingen en migranten.

      Zo willen we ‘good practices against racism’ – goede praktijken tegen racisme – herkennen en aanmoedigen.
    `,
    fr: md`
      Avec BEST, le JRS étudie les initiatives de la société civile qui apportent un soutien aux réfugiés et aux migrants.

      Nous voulons ainsi repérer et encourager les « good practices against racism », les bonnes pratiques contre le racisme.
    `,
    en: md`
      With BEST, JRS researches the civil-society initiatives that offer support to refugees and migrants.

      In this way we want to identify and encourage ‘good practices against racism’.
    `,
  },
}
