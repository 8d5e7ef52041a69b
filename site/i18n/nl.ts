import type { UiStrings } from './schema'

export default {
  languageName: 'Nederlands',
  routes: { programmes: 'projecten', news: 'nieuws' },
  layout: {
    skipToContent: 'Naar de inhoud',
    mainNavigation: 'Hoofdmenu',
    footerNavigation: 'Voettekstmenu',
    home: 'Home',
    languageSwitcher: 'Taal',
    inLanguage: 'Deze pagina in het Nederlands',
  },
  contact: {
    address: 'Adres',
    phone: 'Telefoon',
    email: 'E-mail',
    emailPurposes: { general: 'Algemeen', volunteers: 'Vrijwilligers', donations: 'Giften', goods: 'Materiële giften' },
    followUs: 'Volg ons',
  },
  programmes: { heading: 'Onze projecten', readMore: 'Lees meer over {title}', contact: 'Contact voor dit project' },
  news: {
    heading: 'Nieuws',
    intro: 'Het laatste nieuws over ons werk.',
    readMore: 'Lees verder: {title}',
    publishedOn: 'Gepubliceerd op {date}',
    allNews: 'Al het nieuws',
    none: 'Er is nog geen nieuws.',
  },
  partners: { heading: 'Met de steun van', visit: 'Website van {name}' },
  fundraising: {
    goalLabel: 'Doel',
    goalForYear: 'Ons doel voor {year}: {amount} aan private giften',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Misschien vindt u wat u zoekt via het menu.',
    backHome: 'Naar de homepagina',
  },
  breadcrumbs: 'Kruimelpad',
} satisfies UiStrings
