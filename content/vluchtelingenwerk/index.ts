import type { SeedProfile } from '../../cms/seed/profile'
import { footer, header } from './navigation'
import { organisation } from './organisation'
import { pages } from './pages'
import { programmes } from './programmes'

/**
 * Vluchtelingenwerk Vlaanderen, built only from seed 004 ("Opdrachten"): its six missions
 * are the programmes. The source has no news and names no partners.
 */
export const profile: SeedProfile = { organisation, header, footer, pages, programmes, news: [], partners: [] }
