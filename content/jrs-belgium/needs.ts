import type { Localized, SeedNeed } from '../../cms/seed/profile'

/**
 * Source: the "Materiaal" list of the Donorinfo fiche (seed 000): "informatica/burotica:
 * laptops en computers" and "hygiëne- en onderhoudsproducten voor de transitwoning van de
 * Eloistraat waar migranten voor korte termijn worden opgenomen". The fiche gives no
 * numbers, conditions, drop-off place or opening hours: no quantity is set (the site shows
 * each need as wanted, without a count, until staff set one), the address is left empty
 * (so the organisation's own address from the same fiche is used), and each need's
 * internal note asks staff to confirm.
 */
const toConfirm =
  'Ingevuld bij de eerste installatie. De brontekst (Donorinfo-fiche) noemt geen aantal, staat, afgifteplaats of openingsuren: ' +
  'er is geen aantal ingevuld (de site toont de nood als gezocht, zonder aantal) en het afgifteadres is dat van het kantoor. ' +
  'Vul het aantal in zodra het gekend is, en bevestig of pas de rest aan.'

// The phone number is the fiche's; asking to call first promises no opening hours the source does not give.
const callFirst: Localized = {
  nl: 'Bel ons eerst op +32 2 738 08 18 om af te spreken wanneer je langskomt.',
  fr: 'Appelez-nous d’abord au +32 2 738 08 18 pour convenir du moment de votre passage.',
  en: 'Please call us first on +32 2 738 08 18 to agree on when to come by.',
}

export const needs: SeedNeed[] = [
  {
    name: { nl: 'Laptops', fr: 'Ordinateurs portables', en: 'Laptops' },
    description: {
      nl: 'Informatica en burotica voor het kantoor van JRS Belgium.',
      fr: 'Matériel informatique et bureautique pour le bureau de JRS Belgium.',
      en: 'IT and office equipment for the JRS Belgium office.',
    },
    category: 'it-equipment',
    unit: { nl: 'laptops', fr: 'ordinateurs portables', en: 'laptops' },
    condition: 'used-working',
    dropOff: { instructions: callFirst },
    internalNote: toConfirm,
  },
  {
    name: { nl: 'Computers', fr: 'Ordinateurs', en: 'Computers' },
    description: {
      nl: 'Informatica en burotica voor het kantoor van JRS Belgium.',
      fr: 'Matériel informatique et bureautique pour le bureau de JRS Belgium.',
      en: 'IT and office equipment for the JRS Belgium office.',
    },
    category: 'it-equipment',
    unit: { nl: 'computers', fr: 'ordinateurs', en: 'computers' },
    condition: 'used-working',
    dropOff: { instructions: callFirst },
    internalNote: toConfirm,
  },
  {
    name: { nl: 'Hygiëneproducten', fr: 'Produits d’hygiène', en: 'Hygiene products' },
    description: {
      nl: 'Voor de transitwoning in de Eloistraat, waar migranten voor korte tijd worden opgevangen.',
      fr: 'Pour la maison de transit de l’Eloistraat, où des migrants sont accueillis pour une courte durée.',
      en: 'For the transit house in the Eloistraat, where migrants stay for a short time.',
    },
    category: 'transit-house-hygiene',
    unit: { nl: 'stuks', fr: 'pièces', en: 'items' },
    condition: 'new',
    dropOff: { instructions: callFirst },
    internalNote: toConfirm,
  },
  {
    name: { nl: 'Onderhoudsproducten', fr: 'Produits d’entretien', en: 'Cleaning products' },
    description: {
      nl: 'Voor de transitwoning in de Eloistraat, waar migranten voor korte tijd worden opgevangen.',
      fr: 'Pour la maison de transit de l’Eloistraat, où des migrants sont accueillis pour une courte durée.',
      en: 'For the transit house in the Eloistraat, where migrants stay for a short time.',
    },
    category: 'transit-house-hygiene',
    unit: { nl: 'stuks', fr: 'pièces', en: 'items' },
    condition: 'new',
    dropOff: { instructions: callFirst },
    internalNote: toConfirm,
  },
]
