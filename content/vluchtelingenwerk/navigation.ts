import type { SeedProfile } from '../../cms/seed/profile'
import { toPage, toProgramme } from './links'

export const header: SeedProfile['header'] = [
  toPage('about', { nl: 'Over ons', fr: 'À propos', en: 'About us' }),
  toProgramme('policy', { nl: 'Beleid', fr: 'Politiques', en: 'Policy' }),
  toProgramme('reception', { nl: 'Opvang', fr: 'Accueil', en: 'Reception' }),
  toProgramme('integration', { nl: 'Integratie', fr: 'Intégration', en: 'Integration' }),
  toProgramme('bringing-together', { nl: 'Samenbrengen', fr: 'Rassembler', en: 'Bringing together' }),
  toPage('contact', { nl: 'Contact', fr: 'Contact', en: 'Contact' }),
]

export const footer: SeedProfile['footer'] = {
  links: [
    toPage('about', { nl: 'Over ons', fr: 'À propos', en: 'About us' }),
    toPage('contact', { nl: 'Contact', fr: 'Contact', en: 'Contact' }),
    toPage('privacy', { nl: 'Privacyverklaring', fr: 'Vie privée', en: 'Privacy notice' }),
  ],
  note: {
    nl: 'Vluchtelingenwerk Vlaanderen zet zich in voor mensen op de vlucht voor oorlog, geweld en vervolging.',
    fr: 'Vluchtelingenwerk Vlaanderen s’engage pour les personnes qui fuient la guerre, la violence et la persécution.',
    en: 'Vluchtelingenwerk Vlaanderen stands up for people fleeing war, violence and persecution.',
  },
}
