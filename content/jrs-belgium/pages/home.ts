import type { SeedPage } from '../../../cms/seed/profile'
import { toPage, toProgramme } from '../links'

/** Sources: seed 000 (mission, figures, budget), seeds 001 and 003 (hosting, volunteering). */
export const home: SeedPage = {
  key: 'home',
  purpose: 'home',
  title: { nl: 'Home', fr: 'Accueil', en: 'Home' },
  slug: { nl: 'home', fr: 'accueil', en: 'home' },
  summary: {
    nl: 'JRS Belgium vergezelt en dient vluchtelingen en gedwongen migranten, en verdedigt hun rechten.',
    fr: 'JRS Belgium accompagne et sert les réfugiés et les migrants forcés, et défend leurs droits.',
    en: 'JRS Belgium accompanies and serves refugees and forced migrants, and defends their rights.',
  },
  layout: [
    {
      blockType: 'hero',
      heading: {
        nl: 'Vluchtelingen en gedwongen migranten vergezellen, dienen en hun rechten verdedigen',
        fr: 'Accompagner et servir les réfugiés et les migrants forcés, et défendre leurs droits',
        en: 'Accompanying and serving refugees and forced migrants, and defending their rights',
      },
      text: {
        nl: 'In België zet Jesuit Refugee Service (JRS) zich in voor gastvrijheid, en voor vluchtelingen en gedwongen migranten in gesloten centra en terugkeerwoningen.',
        fr: 'En Belgique, le Jesuit Refugee Service (JRS) s’engage pour l’hospitalité, et pour les réfugiés et les migrants forcés en centre fermé et en maison de retour.',
        en: 'In Belgium, Jesuit Refugee Service (JRS) works for hospitality, and for refugees and forced migrants in closed centres and return houses.',
      },
      actions: [
        toPage('about', { nl: 'Over JRS Belgium', fr: 'À propos de JRS Belgium', en: 'About JRS Belgium' }),
        toProgramme('detention-visits', { nl: 'Bezoeken in gesloten centra', fr: 'Visites en centre fermé', en: 'Visits to closed centres' }),
        toProgramme('up-together', { nl: 'Gastvrijheid met Up Together', fr: 'L’hospitalité avec Up Together', en: 'Hospitality with Up Together' }),
      ],
    },
    {
      blockType: 'keyFigures',
      heading: { nl: 'JRS Belgium in cijfers', fr: 'JRS Belgium en chiffres', en: 'JRS Belgium in figures' },
      figures: [
        {
          value: { nl: '3 op 5', fr: '3 sur 5', en: '3 of 5' },
          label: {
            nl: 'gesloten centra die onze geaccrediteerde bezoekers elke week bezoeken',
            fr: 'centres fermés visités chaque semaine par nos visiteurs accrédités',
            en: 'closed centres our accredited visitors visit every week',
          },
        },
        {
          value: { nl: '5', fr: '5', en: '5' },
          label: {
            nl: 'sites van terugkeerwoningen die we bezoeken',
            fr: 'sites de maisons de retour que nous visitons',
            en: 'return-house sites we visit',
          },
        },
        {
          value: { nl: '2 maanden', fr: '2 mois', en: '2 months' },
          label: {
            nl: 'maximale opvang bij een gastgezin of gastgemeenschap (Up Together)',
            fr: 'durée maximale de l’accueil dans une famille ou une communauté (Up Together)',
            en: 'maximum stay with a host family or community (Up Together)',
          },
        },
        {
          value: { nl: '€ 150.000', fr: '150 000 €', en: '€150,000' },
          label: {
            nl: 'die we elk jaar in private giften moeten vinden',
            fr: 'à trouver chaque année en dons privés',
            en: 'to find in private gifts every year',
          },
        },
      ],
    },
    {
      blockType: 'programmesList',
      heading: { nl: 'Wat doet JRS Belgium?', fr: 'Que fait JRS Belgium ?', en: 'What does JRS Belgium do?' },
      intro: {
        nl: 'Van bezoeken in gesloten centra tot gastvrijheid en begeleiding bij mensen thuis.',
        fr: 'Des visites en centre fermé à l’hospitalité et à l’accompagnement à domicile.',
        en: 'From visits in closed centres to hospitality and support in people’s homes.',
      },
    },
    {
      blockType: 'fundraisingProgress',
      heading: {
        nl: 'Help ons het doel van dit jaar te halen',
        fr: 'Aidez-nous à atteindre l’objectif de cette année',
        en: 'Help us reach this year’s goal',
      },
      text: {
        nl: 'JRS Belgium krijgt geen structurele overheidssubsidie. De vaste dotatie van de jezuïetenprovincies dekt amper de kosten van 3 voltijdse equivalenten en de algemene kosten. Daarom moeten we elk jaar private giften vinden voor minstens 2,5 voltijdse equivalenten.',
        fr: 'JRS Belgium ne reçoit aucun subside structurel des pouvoirs publics. La dotation fixe des provinces jésuites couvre à peine le coût de 3 équivalents temps plein et les frais généraux. Chaque année, nous devons donc trouver des dons privés pour financer au moins 2,5 équivalents temps plein.',
        en: 'JRS Belgium receives no structural government subsidy. The fixed grant from the Jesuit Provinces barely covers the cost of 3 full-time equivalents and the overheads. So every year we have to find private gifts to fund at least 2.5 full-time equivalents.',
      },
      action: toPage('donate', { nl: 'Doe een gift', fr: 'Faire un don', en: 'Make a gift' }),
    },
    {
      blockType: 'callToAction',
      items: [
        {
          heading: { nl: 'Doe een gift', fr: 'Faites un don', en: 'Make a gift' },
          text: {
            nl: 'Zonder structurele subsidie zijn private giften onmisbaar voor ons werk.',
            fr: 'Sans subside structurel, les dons privés sont indispensables à notre travail.',
            en: 'With no structural subsidy, private gifts are essential to our work.',
          },
          link: toPage('donate', { nl: 'Geef online of per overschrijving', fr: 'Donner en ligne ou par virement', en: 'Give online or by transfer' }),
        },
        {
          heading: { nl: 'Word vrijwilliger', fr: 'Devenez bénévole', en: 'Become a volunteer' },
          text: {
            nl: 'Bezoek mensen in gesloten centra, als vriendschappelijke of als geaccrediteerde bezoeker.',
            fr: 'Rendez visite aux personnes en centre fermé, comme visiteur amical ou comme visiteur accrédité.',
            en: 'Visit people in closed centres, as a friendly visitor or as an accredited visitor.',
          },
          link: toPage('volunteering', { nl: 'Bekijk de rollen en stel je kandidaat', fr: 'Voir les rôles et postuler', en: 'See the roles and apply' }),
        },
        {
          heading: { nl: 'Geef materiaal', fr: 'Donnez du matériel', en: 'Give goods' },
          text: {
            nl: 'We zoeken laptops en computers, en hygiëne- en onderhoudsproducten voor de transitwoning.',
            fr: 'Nous cherchons des ordinateurs portables et des ordinateurs, ainsi que des produits d’hygiène et d’entretien pour la maison de transit.',
            en: 'We need laptops and computers, and hygiene and cleaning products for the transit house.',
          },
          link: toPage('wishlist', { nl: 'Bekijk wat we nodig hebben', fr: 'Voir nos besoins', en: 'See what we need' }),
        },
      ],
    },
    {
      blockType: 'latestNews',
      heading: { nl: 'Nieuws', fr: 'Actualités', en: 'News' },
      count: 3,
    },
    {
      blockType: 'partnersList',
      heading: { nl: 'Partners', fr: 'Partenaires', en: 'Partners' },
      intro: {
        nl: 'Organisaties die ons werk mogelijk maken of opvolgen.',
        fr: 'Les organisations qui rendent notre travail possible ou qui le suivent.',
        en: 'Organisations that make our work possible or follow it.',
      },
    },
  ],
}
