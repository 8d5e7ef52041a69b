import type { UiStrings } from './schema'

export default {
  languageName: 'English',
  routes: { programmes: 'projects', news: 'news' },
  layout: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main menu',
    footerNavigation: 'Footer menu',
    home: 'Home',
    languageSwitcher: 'Language',
    inLanguage: 'This page in English',
  },
  contact: {
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    emailPurposes: { general: 'General', volunteers: 'Volunteers', donations: 'Donations', goods: 'Gifts in kind' },
    followUs: 'Follow us',
  },
  programmes: { heading: 'Our projects', readMore: 'Read more about {title}', contact: 'Contact for this project' },
  news: {
    heading: 'News',
    intro: 'The latest news about our work.',
    readMore: 'Read more: {title}',
    publishedOn: 'Published on {date}',
    allNews: 'All news',
    none: 'There is no news yet.',
  },
  partners: { heading: 'With the support of', visit: 'Website of {name}' },
  fundraising: {
    goalLabel: 'Goal',
    goalForYear: 'Our goal for {year}: {amount} from private donors',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist (any more). The menu may help you find what you are looking for.',
    backHome: 'Go to the home page',
  },
  breadcrumbs: 'Breadcrumbs',
} satisfies UiStrings
