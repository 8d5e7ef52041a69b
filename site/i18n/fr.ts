import type { UiStrings } from './schema'

export default {
  languageName: 'Français',
  routes: { programmes: 'projets', news: 'actualites' },
  layout: {
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Menu principal',
    footerNavigation: 'Menu du pied de page',
    home: 'Accueil',
    languageSwitcher: 'Langue',
    inLanguage: 'Cette page en français',
  },
  contact: {
    address: 'Adresse',
    phone: 'Téléphone',
    email: 'E-mail',
    emailPurposes: { general: 'Général', volunteers: 'Bénévoles', donations: 'Dons', goods: 'Dons matériels' },
    followUs: 'Suivez-nous',
  },
  programmes: { heading: 'Nos projets', readMore: 'En savoir plus sur {title}', contact: 'Contact pour ce projet' },
  news: {
    heading: 'Actualités',
    intro: 'Les dernières nouvelles de notre travail.',
    readMore: 'Lire la suite : {title}',
    publishedOn: 'Publié le {date}',
    allNews: 'Toutes les actualités',
    none: "Il n'y a pas encore d'actualités.",
  },
  partners: { heading: 'Avec le soutien de', visit: 'Site web de {name}' },
  fundraising: {
    goalLabel: 'Objectif',
    goalForYear: 'Notre objectif pour {year} : {amount} de dons privés',
  },
  notFound: {
    title: 'Page introuvable',
    text: "Cette page n'existe pas (ou plus). Le menu vous aidera peut-être à trouver ce que vous cherchez.",
    backHome: "Retour à l'accueil",
  },
  breadcrumbs: "Fil d'Ariane",
} satisfies UiStrings
