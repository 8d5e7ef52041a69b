import type { Localized, SeedLink } from '../../cms/seed/profile'

/** The keys of this profile's documents, so that a link to a missing one does not compile. */
export type PageKey = 'home' | 'about' | 'contact' | 'privacy' | 'donate' | 'wishlist' | 'volunteering'
export type ProgrammeKey = 'detention-visits' | 'up-together' | 'plan-together' | 'best'
export type NewsKey = 'up-together-european-project' | 'plan-together-new-project'

export const toPage = (key: PageKey, label: Localized): SeedLink => ({ to: { collection: 'pages', key }, label })
export const toProgramme = (key: ProgrammeKey, label: Localized): SeedLink => ({ to: { collection: 'programmes', key }, label })
export const toNews = (key: NewsKey, label: Localized): SeedLink => ({ to: { collection: 'news', key }, label })
