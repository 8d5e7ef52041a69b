import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Why gifts matter, from seed 000 (no structural subsidy; budget of EUR 150,000 from private gifts). */
export const donate: SeedPage = {
  key: 'donate',
  purpose: 'donate',
  title: { nl: 'Doe een gift', fr: 'Faire un don', en: 'Make a gift' },
  slug: { nl: 'doneren', fr: 'faire-un-don', en: 'donate' },
  summary: {
    nl: 'Steun het werk van JRS Belgium met een eenmalige of maandelijkse gift.',
    fr: 'Soutenez le travail de JRS Belgium par un don ponctuel ou mensuel.',
    en: 'Support the work of JRS Belgium with a one-time or monthly gift.',
  },
  layout: [
    {
      blockType: 'content',
      body: {
        nl: md`
          JRS Belgium krijgt geen structurele overheidssubsidie. De vaste dotatie van de jezuïetenprovincies dekt amper de kosten van 3 voltijdse equivalenten en de algemene kosten, met inbegrip van de uitgaven voor onze projecten.

          Daarom moeten we elk jaar private giften vinden voor minstens 2,5 voltijdse equivalenten. Elke gift helpt ons om mensen in gesloten centra te blijven bezoeken en migranten te begeleiden.
        `,
        fr: md`
          JRS Belgium ne reçoit aucun subside structurel des pouvoirs publics. La dotation fixe des provinces jésuites couvre à peine le coût de 3 équivalents temps plein et les frais généraux, y compris les dépenses de nos projets.

          Chaque année, nous devons donc trouver des dons privés pour financer au moins 2,5 équivalents temps plein. Chaque don nous aide à continuer de rendre visite aux personnes en centre fermé et d’accompagner des migrants.
        `,
        en: md`
          JRS Belgium receives no structural government subsidy. The fixed grant from the Jesuit Provinces barely covers the cost of 3 full-time equivalents and the overheads, including the costs of our projects.

          So every year we have to find private gifts to fund at least 2.5 full-time equivalents. Every gift helps us keep visiting people in closed centres and accompanying migrants.
        `,
      },
    },
    {
      blockType: 'fundraisingProgress',
      heading: { nl: 'Ons doel voor dit jaar', fr: 'Notre objectif pour cette année', en: 'Our goal for this year' },
    },
  ],
}
