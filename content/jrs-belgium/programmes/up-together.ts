import type { SeedProgramme } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Sources: seed 000 (Up Together) and seed 001 (the European project, who it is for). */
export const upTogether: SeedProgramme = {
  key: 'up-together',
  order: 2,
  title: { nl: 'Up Together', fr: 'Up Together', en: 'Up Together' },
  slug: { nl: 'up-together', fr: 'up-together', en: 'up-together' },
  summary: {
    nl: 'Gezinnen en gemeenschappen nemen migranten zonder wettig verblijf die uit detentie worden vrijgelaten, voor maximaal 2 maanden bij zich thuis op. JRS zorgt voor het kader en de begeleiding.',
    fr: 'Des familles et des communautés accueillent chez elles, pendant 2 mois au maximum, des migrants sans titre de séjour libérés de détention. Le JRS offre le cadre et l’accompagnement.',
    en: 'Families and communities welcome undocumented migrants released from detention into their homes for up to 2 months. JRS provides the framework and the support.',
  },
  body: {
    nl: md`
      Gastvrijheid is een van de kernwaarden van JRS. In onze samenleving wordt ze vaak overschaduwd door een vijandige houding tegenover migranten. Met Up Together bouwen we lokale netwerken van solidariteit.

      ## Voor wie?

      Up Together richt zich op een bijzonder kwetsbare groep vluchtelingen en gedwongen migranten. Na een aantal maanden in detentie is hun verblijfsaanvraag geweigerd, maar toch worden ze vrijgelaten: de Dienst Vreemdelingenzaken kon hen niet binnen de wettelijke termijn (meestal 4 maanden) van het grondgebied verwijderen. Ze hebben geen wettelijk statuut en zijn gedwongen om in de clandestiniteit te leven.

      ## Hoe werkt het?

      JRS organiseert lokale gastvrijheidsnetwerken in de drie gewesten. Gezinnen, alleenstaanden en gemeenschappen nemen deze migranten bij zich thuis op, voor maximaal 2 maanden. Gewone Belgen ontvangen hen zo op het kwetsbaarste moment van hun migratieproject. Zo krijgen ze de kans om op een waardige manier na te denken over hun toekomst en zich daarover te informeren.

      JRS zorgt voor het kader en voor de sociale begeleiding van wie onthaald wordt. We steunen de migranten ook in het onderscheidingsproces over hun toekomst.

      ## Gegroeid uit onze ervaring in detentie

      Dankzij onze geaccrediteerde bezoekers leren we deze mensen van dichtbij kennen, en soms bouwen we een vertrouwensrelatie met hen op. Het gebeurt dat we al op voorhand zien wie niet gedwongen teruggestuurd kan worden en voor wie de detentie lang dreigt te duren. Daarom lanceerden we Up Together in België, steunend op onze ervaring in detentie. Andere organisaties die actief zijn op het terrein, helpen ons daarbij.

      ## Een Europees project

      Up Together is de Belgische tak van ‘Communities of hospitality’, een project waarmee een tiental JRS-kantoren in Europa gastvrijheid en steun aan migranten willen bevorderen. Up Together wordt gesteund door het Opportuniteitsfonds, beheerd door de Koning Boudewijnstichting.

      ## Wil je meedoen?

      Wil je als gezin, alleenstaande of gemeenschap iemand bij je thuis opnemen? Neem contact met ons op. Je kunt ook als vrijwilliger helpen om de gastvrijheidsnetwerken te omkaderen.
    `,
    fr: md`
      L’hospitalité est l’une des valeurs fondamentales du JRS. Dans notre société, elle est pourtant souvent éclipsée par une attitude hostile envers les migrants. Avec Up Together, nous construisons des réseaux locaux de solidarité.

      ## Pour qui ?

      Up Together s’adresse à un groupe particulièrement vulnérable de réfugiés et de migrants forcés. Après plusieurs mois en détention, leur demande de séjour a été refusée, mais ils sont tout de même libérés : l’Office des étrangers n’a pas pu les éloigner du territoire dans le délai légal (généralement 4 mois). Ils n’ont pas de statut légal et sont contraints de vivre dans la clandestinité.

      ## Comment ça marche ?

      Le JRS organise des réseaux locaux d’hospitalité dans les trois Régions. Des familles, des personnes seules et des communautés accueillent ces migrants chez elles, pendant 2 mois au maximum. Des Belges ordinaires les reçoivent ainsi au moment le plus fragile de leur parcours migratoire. Ils ont alors la possibilité de réfléchir dignement à leur avenir et de s’informer à son sujet.

      Le JRS offre le cadre et l’accompagnement social des personnes accueillies. Nous soutenons aussi les migrants dans leur discernement sur leur avenir.

      ## Né de notre expérience en détention

      Grâce à nos visiteurs accrédités, nous connaissons ces personnes de près, et nous construisons parfois avec elles une relation de confiance. Il arrive que nous sachions à l’avance qui ne pourra pas être renvoyé de force et pour qui la détention risque de durer longtemps. C’est pourquoi nous avons lancé Up Together en Belgique, en nous appuyant sur notre expérience en détention. D’autres organisations actives sur le terrain nous y aident.

      ## Un projet européen

      Up Together est le volet belge de « Communities of hospitality », un projet par lequel une dizaine de bureaux du JRS en Europe veulent promouvoir l’hospitalité et le soutien aux migrants. Up Together bénéficie du soutien d’un fonds géré par la Fondation Roi Baudouin, l’Opportuniteitsfonds (« fonds d’opportunités »).

      ## Vous voulez participer ?

      Vous souhaitez, en famille, seul ou en communauté, accueillir quelqu’un chez vous ? Contactez-nous. Vous pouvez aussi aider comme bénévole à encadrer les réseaux d’hospitalité.
    `,
    en: md`
      Hospitality is one of the core values of JRS. In today’s society it is often overshadowed by a hostile attitude towards migrants. With Up Together we build local networks of solidarity.

      ## Who is it for?

      Up Together is for a particularly vulnerable group of refugees and forced migrants. After several months in detention, their application for residence has been refused, yet they are released: the Immigration Office could not remove them from the territory within the legal time limit (usually 4 months). They have no legal status and are forced to live clandestinely.

      ## How does it work?

      JRS organises local hospitality networks in the three regions. Families, single people and communities welcome these migrants into their homes for up to 2 months. Ordinary Belgians thus receive them at the most vulnerable moment of their migration journey. This gives them the chance to reflect on their future with dignity and to find out about their options.

      JRS provides the framework and the social support of the people welcomed. We also support the migrants in discerning the direction of their future.

      ## Grown from our experience in detention

      Thanks to our accredited visitors, we get to know these people closely, and sometimes we build a relationship of trust with them. At times we can tell in advance who cannot be forcibly returned and whose detention is likely to last a long time. That is why we launched Up Together in Belgium, building on our experience in detention. Other organisations active in the field help us with it.

      ## A European project

      Up Together is the Belgian part of ‘Communities of hospitality’, a project through which about ten JRS offices in Europe want to promote hospitality and support for migrants. Up Together is supported by the Opportunity Fund, managed by the King Baudouin Foundation.

      ## Would you like to take part?

      Would you like to welcome someone into your home, as a family, a single person or a community? Get in touch with us. You can also volunteer to help support the hospitality networks.
    `,
  },
}
