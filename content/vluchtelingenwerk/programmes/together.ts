import type { SeedProgramme } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 004, "We werken rond integratie" and "We brengen mensen samen". */
export const integration: SeedProgramme = {
  key: 'integration',
  order: 5,
  title: { nl: 'Werken rond integratie', fr: 'Travailler à l’intégration', en: 'Working on integration' },
  slug: { nl: 'integratie', fr: 'integration', en: 'integration' },
  summary: {
    nl: 'Wie als vluchteling erkend is, helpen we om het leven opnieuw op te starten en zijn of haar talenten ten volle in te zetten.',
    fr: 'Nous aidons les personnes reconnues comme réfugiées à redémarrer leur vie et à mettre pleinement leurs talents au service de la société.',
    en: 'We help people recognised as refugees to restart their lives and put their talents to full use.',
  },
  body: {
    nl: md`
      Als asielzoekers erkend worden als vluchteling, is ons werk nog niet gedaan. We helpen hen om hun leven opnieuw op te starten en hun talenten ten volle in te zetten in onze samenleving.
    `,
    fr: md`
      Quand des demandeurs d’asile sont reconnus comme réfugiés, notre travail n’est pas terminé. Nous les aidons à redémarrer leur vie et à mettre pleinement leurs talents au service de notre société.
    `,
    en: md`
      When asylum seekers are recognised as refugees, our work is not yet done. We help them to restart their lives and to put their talents to full use in our society.
    `,
  },
}

export const bringingTogether: SeedProgramme = {
  key: 'bringing-together',
  order: 6,
  title: { nl: 'Mensen samenbrengen', fr: 'Rassembler les gens', en: 'Bringing people together' },
  slug: { nl: 'mensen-samenbrengen', fr: 'rassembler', en: 'bringing-people-together' },
  summary: {
    nl: 'Vluchtelingenwerk is een beweging: onder het motto ‘samen sterk’ brengen we organisaties, individuen, vluchtelingen en Belgen samen.',
    fr: 'Vluchtelingenwerk est un mouvement : sous la devise « samen sterk », nous rassemblons des organisations, des individus, des réfugiés et des Belges.',
    en: 'Vluchtelingenwerk is a movement: under the motto ‘samen sterk’, we bring together organisations, individuals, refugees and Belgians.',
  },
  body: {
    nl: md`
      Vluchtelingenwerk is een beweging. Onder het motto ‘samen sterk’ brengen we organisaties en individuen in beweging voor asielzoekers en vluchtelingen. Met onze 50 leden en 35 vrijwilligersgroepen voeren we actie, verbeteren we de kwaliteit van de dienstverlening en formuleren we aanbevelingen.

      We brengen ook mensen samen: vluchtelingen en Belgen, om elkaar te ontmoeten en van gedachten te wisselen.
    `,
    fr: md`
      Vluchtelingenwerk est un mouvement. Sous la devise « samen sterk » (ensemble, plus forts), nous mobilisons des organisations et des individus en faveur des demandeurs d’asile et des réfugiés. Avec nos 50 membres et nos 35 groupes de bénévoles, nous menons des actions, améliorons la qualité des services et formulons des recommandations.

      Nous rassemblons aussi les gens : réfugiés et Belges, pour se rencontrer et échanger leurs points de vue.
    `,
    en: md`
      Vluchtelingenwerk is a movement. Under the motto ‘samen sterk’ (stronger together), we get organisations and individuals moving for asylum seekers and refugees. With our 50 members and 35 volunteer groups, we take action, improve the quality of services and make recommendations.

      We also bring people together: refugees and Belgians, to meet each other and exchange ideas.
    `,
  },
}
