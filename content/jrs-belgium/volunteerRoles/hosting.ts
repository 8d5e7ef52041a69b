import type { SeedVolunteerRole } from '../../../cms/seed/profile'

/** Sources: seed 001 (Up Together, Dutch) and seed 000 (hosting for at most two months, JRS's support). */
export const hostingRole: SeedVolunteerRole = {
  key: 'up-together-host',
  kind: 'hospitality-network',
  applicationForm: 'hosting',
  open: true,
  order: 110,
  places: ['home'],
  languages: [],
  title: { nl: 'Gastgezin of -gemeenschap voor Up Together', fr: 'Famille ou communauté d’accueil pour Up Together', en: 'Host family or community for Up Together' },
  slug: { nl: 'gastgezin-up-together', fr: 'famille-accueil-up-together', en: 'up-together-host' },
  summary: {
    nl: 'Neem als gezin, alleenstaande of gemeenschap een uitgeprocedeerde migrant die uit detentie is vrijgelaten thuis op, voor maximaal twee maanden, met de steun van JRS.',
    fr: 'Accueillez chez vous, en famille, seul(e) ou en communauté, un migrant débouté libéré de détention, pour deux mois au maximum, avec le soutien du JRS.',
    en: 'As a family, a single person or a community, take a released migrant whose application was refused into your home for up to two months, with JRS’s support.',
  },
  description: {
    nl: 'Up Together richt zich op een bijzonder kwetsbare groep vluchtelingen en gedwongen migranten die na een aantal maanden in detentie hun verblijfsaanvraag geweigerd zien maar toch vrijgelaten worden. Ze hebben geen wettelijk statuut en zijn gedwongen in de clandestiniteit te leven. Door gezinnen, alleenstaanden en gemeenschappen uit te nodigen hen te ontvangen en te begeleiden, wil JRS lokale netwerken van solidariteit opbouwen.',
    fr: 'Up Together s’adresse à un groupe particulièrement vulnérable de réfugiés et de migrants forcés qui, après plusieurs mois en détention, voient leur demande de séjour refusée mais sont malgré tout libérés. Ils n’ont pas de statut légal et sont contraints de vivre dans la clandestinité. En invitant des familles, des personnes seules et des communautés à les accueillir et à les accompagner, le JRS veut construire des réseaux locaux de solidarité.',
    en: 'Up Together is aimed at a particularly vulnerable group of refugees and forced migrants who, after some months in detention, see their application for residence refused but are released nonetheless. They have no legal status and are forced to live clandestinely. By inviting families, single people and communities to welcome and accompany them, JRS wants to build local networks of solidarity.',
  },
  duties: {
    nl: '- Een migrant thuis opnemen, voor maximaal twee maanden;\n- Hem of haar ontvangen op het kwetsbaarste moment van zijn of haar migratieproject, zodat hij of zij zich op een waardige manier kan bezinnen en informeren over de toekomst.',
    fr: '- Accueillir un migrant chez vous, pour deux mois au maximum ;\n- Le recevoir au moment le plus vulnérable de son projet migratoire, pour lui donner la possibilité de réfléchir et de s’informer dignement sur son avenir.',
    en: '- Take a migrant into your home, for up to two months;\n- Receive him or her at the most vulnerable moment of his or her migration project, giving the chance to reflect on and find out about the future with dignity.',
  },
  commitment: {
    details: {
      nl: 'Opvang voor maximaal twee maanden. JRS zorgt voor het kader, de sociale begeleiding van de verwelkomden en ondersteunt de migranten in het onderscheidingsproces over hun toekomst.',
      fr: 'Un accueil de deux mois au maximum. Le JRS fournit le cadre et l’accompagnement social des personnes accueillies, et soutient les migrants dans leur discernement sur leur avenir.',
      en: 'Hosting for up to two months. JRS provides the framework and the social support of the people welcomed, and supports the migrants in discerning their future.',
    },
  },
}
