import type { SeedProfile } from '../../cms/seed/profile'
import { toPage, toProgramme } from './links'

export const header: SeedProfile['header'] = [
  toPage('about', { nl: 'Over ons', fr: 'À propos', en: 'About us' }),
  toProgramme('detention-visits', { nl: 'Detentiebezoeken', fr: 'Visites en détention', en: 'Detention visits' }),
  toProgramme('up-together', { nl: 'Up Together', fr: 'Up Together', en: 'Up Together' }),
  toProgramme('plan-together', { nl: 'Plan Together', fr: 'Plan Together', en: 'Plan Together' }),
  toProgramme('best', { nl: 'BEST', fr: 'BEST', en: 'BEST' }),
  toPage('volunteering', { nl: 'Vrijwilligers', fr: 'Bénévolat', en: 'Volunteer' }),
  toPage('contact', { nl: 'Contact', fr: 'Contact', en: 'Contact' }),
]

export const footer: SeedProfile['footer'] = {
  links: [
    toPage('about', { nl: 'Over ons', fr: 'À propos', en: 'About us' }),
    toPage('contact', { nl: 'Contact', fr: 'Contact', en: 'Contact' }),
    toPage('wishlist', { nl: 'Materiaal schenken', fr: 'Donner du matériel', en: 'Give goods' }),
    toPage('privacy', { nl: 'Privacyverklaring', fr: 'Vie privée', en: 'Privacy notice' }),
  ],
  note: {
    nl: 'Jesuit Refugee Service Belgium vergezelt en dient vluchtelingen en gedwongen migranten, en verdedigt hun rechten.',
    fr: 'Jesuit Refugee Service Belgium accompagne et sert les réfugiés et les migrants forcés, et défend leurs droits.',
    en: 'Jesuit Refugee Service Belgium accompanies and serves refugees and forced migrants, and defends their rights.',
  },
}
