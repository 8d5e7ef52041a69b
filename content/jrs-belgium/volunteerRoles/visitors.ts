import type { SeedVolunteerRole } from '../../../cms/seed/profile'

/** Source: seed 003 (visits to closed centres), in full; English is the original, Dutch and French translate it. */
export const friendlyVisitor: SeedVolunteerRole = {
  key: 'friendly-visitor',
  kind: 'detention-visits',
  applicationForm: 'standard',
  open: true,
  order: 10,
  places: ['bruges', 'merksplas', 'steenokkerzeel'],
  languages: [],
  title: { nl: 'Vriendschappelijke bezoeker', fr: 'Visiteur amical', en: 'Friendly visitor' },
  slug: { nl: 'vriendschappelijke-bezoeker', fr: 'visiteur-amical', en: 'friendly-visitor' },
  summary: {
    nl: 'Breng vriendschappelijke bezoeken aan asielzoekers en mensen zonder papieren die vastzitten in een gesloten centrum: gezelschap en morele steun, één keer per week.',
    fr: 'Rendez des visites amicales à des demandeurs d’asile et à des personnes sans papiers détenus dans un centre fermé : une présence et un soutien moral, une fois par semaine.',
    en: 'Pay friendly visits to asylum seekers and undocumented persons detained in a closed centre: companionship and moral support, once a week.',
  },
  description: {
    nl: 'De vriendschappelijke bezoeken willen gezelschap bieden aan wie in een gesloten centrum vastzit. Het is belangrijk morele, soms zelfs spirituele steun te bieden door dialoog, luisteren en begrip. We vragen je de gedetineerde persoon één keer per week te bezoeken, zolang zijn of haar detentie duurt. In de meeste centra is het bezoek beperkt tot één persoon en duurt het niet langer dan een uur.',
    fr: 'Les visites amicales visent à offrir une compagnie aux personnes détenues en centre fermé. Il est important d’apporter un soutien moral, parfois même spirituel, par le dialogue, l’écoute et la compréhension. Nous vous demandons de rendre visite à la personne détenue une fois par semaine, pendant toute la durée de sa détention. Dans la plupart des centres, la visite est limitée à une personne et ne peut pas dépasser une heure.',
    en: 'The aim of the friendly visits is to provide companionship to those detained in closed centres. It is important to provide moral, sometimes even spiritual, support through dialogue, listening, and understanding. You are asked to visit the detained person once a week throughout his/her detention period. In most centres the visiting time is limited to one person and cannot exceed one hour.',
  },
  duties: {
    nl: [
      '- Vriendschappelijke bezoeken brengen aan asielzoekers en mensen zonder papieren die vastzitten in een van de gesloten centra waar JRS-B toegang toe heeft;',
      '- Regelmatig verslag uitbrengen bij de referentiebezoeker (geaccrediteerde bezoeker) over de bezoeken die je hebt gebracht; en',
      '- Deelnemen aan de driemaandelijkse vergaderingen van de detentiebezoekers van JRS Belgium (vriendschappelijke en geaccrediteerde).',
    ].join('\n'),
    fr: [
      '- Rendre des visites amicales à des demandeurs d’asile et à des personnes sans papiers détenus dans l’un des centres fermés auxquels le JRS-B a accès ;',
      '- Faire régulièrement rapport au visiteur accrédité référent sur les visites effectuées ; et',
      '- Participer aux réunions trimestrielles des visiteurs en détention du JRS Belgium (amicaux et accrédités).',
    ].join('\n'),
    en: [
      '- To pay friendly visits to asylum seekers and undocumented persons, who are detained in one of the closed centres the JRS-B has access to;',
      '- To report regularly to the referent accredited visitor about the visits you have made; and',
      '- To participate in the quarterly meetings of the JRS Belgium detention visitors (friendly and accredited).',
    ].join('\n'),
  },
  commitment: {
    minimumPeriod: { nl: 'Minstens een jaar; dat kan verlengd worden.', fr: 'Au moins un an ; cette période peut être prolongée.', en: 'A minimum of one year; that can be extended.' },
    details: {
      nl: 'Eén bezoek per week aan dezelfde persoon, zolang de detentie duurt. JRS Belgium engageert zich om voortdurende begeleiding en opleiding te bieden, en een regelmatige evaluatie.',
      fr: 'Une visite par semaine à la même personne, pendant toute la durée de la détention. Le JRS Belgium s’engage à offrir un encadrement et une formation constants, ainsi qu’une évaluation régulière.',
      en: 'One visit a week to the same person, throughout the detention period. JRS Belgium commits itself to offering constant supervision and training, as well as a regular evaluation.',
    },
  },
}

export const accreditedVisitor: SeedVolunteerRole = {
  key: 'accredited-visitor',
  kind: 'detention-visits',
  applicationForm: 'standard',
  open: true,
  order: 20,
  places: ['bruges', 'merksplas', 'steenokkerzeel', 'home'],
  languages: ['nl', 'fr'],
  title: { nl: 'Geaccrediteerde bezoeker', fr: 'Visiteur accrédité', en: 'Accredited visitor' },
  slug: { nl: 'geaccrediteerde-bezoeker', fr: 'visiteur-accredite', en: 'accredited-visitor' },
  summary: {
    nl: 'Bezoek elke week asielzoekers of migranten zonder verblijfsrecht in een gesloten centrum en zorg, samen met partnerorganisaties, voor hun juridische en sociale opvolging.',
    fr: 'Rendez visite chaque semaine à des demandeurs d’asile ou à des migrants en séjour irrégulier dans un centre fermé et assurez, avec des organisations partenaires, leur suivi juridique et social.',
    en: 'Visit asylum seekers or irregular immigrants in a detention centre every week, and carry out their legal and social follow-up with partner organisations.',
  },
  description: {
    nl: 'De vrijwilliger moet zich herkennen in de missie van JRS: vluchtelingen dienen. Hij of zij neemt graag initiatief en werkt graag in team. Hij of zij is bereid opleidingen te volgen in actief luisteren, vreemdelingenrecht, interculturele communicatie en de benadering van mensen met psychologische trauma’s.',
    fr: 'Le bénévole doit s’identifier à la mission du JRS : servir les réfugiés. Il ou elle aime prendre des initiatives et travailler en équipe. Il ou elle est prêt(e) à suivre des formations en écoute active, en droit des étrangers, en communication interculturelle et sur la manière d’approcher des personnes souffrant de traumatismes psychologiques.',
    en: 'The volunteer needs to identify with the mission of the JRS to serve the refugees. He/she likes to take initiatives and work in a team. He/she is ready to follow trainings in active listening, immigration law, intercultural communication, and how to approach people suffering from psychological trauma.',
  },
  duties: {
    nl: [
      '- Eén keer per week asielzoekers of migranten zonder verblijfsrecht bezoeken in een van de detentiecentra;',
      '- De juridische en sociale opvolging verzorgen (een bezoekverslag opstellen, contact opnemen met de advocaten, de familie van de gedetineerde, de administratie, enzovoort), in nauwe samenwerking met partnerorganisaties;',
      '- Deelnemen aan de teamvergaderingen van JRS-B en aan ontmoetingen met andere bezoekers van detentiecentra.',
    ].join('\n'),
    fr: [
      '- Rendre visite une fois par semaine à des demandeurs d’asile ou à des migrants en séjour irrégulier dans l’un des centres de détention ;',
      '- Assurer le suivi juridique et social (rédiger un rapport de visite, prendre contact avec les avocats, la famille de la personne détenue, l’administration, etc.), en étroite collaboration avec des organisations partenaires ;',
      '- Participer aux réunions d’équipe du JRS-B et aux rencontres avec d’autres visiteurs de centres de détention.',
    ].join('\n'),
    en: [
      '- To visit asylum seekers or irregular immigrants in one of the detention centres once a week;',
      '- To carry out the legal and social follow-up (drafting a visit report, making contacts with the lawyers, the detainee’s family, the administration, and so on) in close collaboration with partner organisations;',
      '- To take part in the team meetings of JRS-B and in encounters with other visitors of detention centres.',
    ].join('\n'),
  },
  requirements: {
    nl: [
      '- Vlot Nederlands of Frans, en minstens passieve kennis van de andere taal;',
      '- Andere talen, vooral Engels, zijn een pluspunt;',
      '- Een opleiding in sociaal werk, psychologie of een diploma rechten is een pluspunt;',
      '- Kennis van de Belgische vreemdelingenwetgeving en/of ervaring in het werken met vluchtelingen en migranten wordt in overweging genomen;',
      '- Bezoekverslagen kunnen schrijven;',
      '- Ervaring met computerprogramma’s (Word) en met het internet;',
      '- Een rijbewijs is een troef.',
    ].join('\n'),
    fr: [
      '- Parler couramment le néerlandais ou le français, et avoir au moins une connaissance passive de l’autre langue ;',
      '- D’autres langues, surtout l’anglais, sont un atout ;',
      '- Une formation en travail social, en psychologie ou un diplôme en droit est un atout ;',
      '- La connaissance du droit belge des étrangers et/ou une expérience de travail avec des réfugiés et des migrants seront prises en compte ;',
      '- Savoir rédiger des rapports de visite ;',
      '- Avoir l’expérience des programmes informatiques (Word) et d’Internet ;',
      '- Le permis de conduire est un atout.',
    ].join('\n'),
    en: [
      '- Fluency in either Dutch or French, and at least passive knowledge of the other language;',
      '- Other languages, especially English, are an advantage;',
      '- Training in social work, psychology or a law degree is an advantage;',
      '- Knowledge of the Belgian immigration laws and/or experience working with refugees and migrants will be considered;',
      '- Ability to write visits’ reports;',
      '- Experience with computer programmes (Word) and using the Internet;',
      '- Driving licence is an asset.',
    ].join('\n'),
  },
  commitment: {
    hoursPerWeek: 8,
    details: {
      nl: [
        '- Minstens 8 uur per week;',
        '- Regelmatig naar een gesloten centrum kunnen gaan (Brugge, Merksplas, Steenokkerzeel);',
        '- Opvolgingswerk van thuis uit, met de steun van een professional;',
        '- Beschikbaar zijn voor vergaderingen in Brussel; en',
        '- Vervoers- en telefoonkosten worden door JRS-B gedragen.',
      ].join('\n'),
      fr: [
        '- Au moins 8 heures par semaine ;',
        '- Pouvoir se rendre régulièrement dans un centre fermé (Bruges, Merksplas, Steenokkerzeel) ;',
        '- Un travail de suivi à domicile, avec le soutien d’un professionnel ;',
        '- Être disponible pour des réunions à Bruxelles ; et',
        '- Les frais de transport et de téléphone sont pris en charge par le JRS-B.',
      ].join('\n'),
      en: [
        '- at least 8 hours a week;',
        '- can go regularly to a closed centre (Bruges, Merksplas, Steenokkerzeel);',
        '- Home-based follow-up work with support from a professional;',
        '- Availability to attend meetings in Brussels; and',
        '- Transportation and telephone expenses are taken care of by JRS-b',
      ].join('\n'),
    },
  },
}
