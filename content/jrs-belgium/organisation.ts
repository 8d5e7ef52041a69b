import type { SeedOrganisation } from '../../cms/seed/profile'

/** Source: the Donorinfo fiche of JRS Belgium (seed 000). */
export const organisation: SeedOrganisation = {
  name: 'Jesuit Refugee Service Belgium',
  shortName: 'JRS Belgium',
  tagline: {
    nl: 'Vluchtelingen en gedwongen migranten vergezellen, dienen en hun rechten verdedigen',
    fr: 'Accompagner et servir les réfugiés et les migrants forcés, et défendre leurs droits',
    en: 'Accompanying and serving refugees and forced migrants, and defending their rights',
  },
  description: {
    nl: 'JRS Belgium verdedigt de rechten van vluchtelingen en migranten, bouwt gastvrijheidsnetwerken uit en bezoekt vluchtelingen en gedwongen migranten in gesloten centra en terugkeerwoningen.',
    fr: 'JRS Belgium défend les droits des réfugiés et des migrants, crée des réseaux d’hospitalité et rend visite aux réfugiés et aux migrants forcés dans les centres fermés et les maisons de retour.',
    en: 'JRS Belgium defends the rights of refugees and migrants, builds hospitality networks and visits refugees and forced migrants in closed centres and return houses.',
  },
  brandColour: '#9a3412',
  registeredSince: {
    nl: 'Gevolgd door Donorinfo sinds 2017',
    fr: 'Suivi par Donorinfo depuis 2017',
    en: 'Followed by Donorinfo since 2017',
  },
  address: {
    street: 'Maurice Liétartstraat 31/9',
    postalCode: '1150',
    city: { nl: 'Brussel', fr: 'Bruxelles', en: 'Brussels' },
    country: { nl: 'België', fr: 'Belgique', en: 'Belgium' },
  },
  phone: '+32 2 738 08 18',
  // "Budget: 150.000 €": what private gifts must cover each year (at least 2.5 FTE).
  fundraisingGoalEuros: 150000,
}
