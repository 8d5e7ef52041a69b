import type { Localized, SeedLink } from '../../cms/seed/profile'

/** The keys of this profile's documents, so that a link to a missing one does not compile. */
export type PageKey = 'home' | 'about' | 'contact' | 'privacy'
export type ProgrammeKey = 'policy' | 'awareness' | 'reception' | 'support' | 'integration' | 'bringing-together'

export const toPage = (key: PageKey, label: Localized): SeedLink => ({ to: { collection: 'pages', key }, label })
export const toProgramme = (key: ProgrammeKey, label: Localized): SeedLink => ({ to: { collection: 'programmes', key }, label })
