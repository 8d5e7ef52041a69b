import type { SeedProfile } from '../../cms/seed/profile'
import { giving } from './giving'
import { needs } from './needs'
import { footer, header } from './navigation'
import { news } from './news'
import { organisation } from './organisation'
import { pages } from './pages'
import { partners } from './partners'
import { programmes } from './programmes'
import { volunteerRoles } from './volunteerRoles'

/**
 * Jesuit Refugee Service Belgium, from the seed texts in shared/seeds (000 Donorinfo fiche,
 * 001 Up Together, 002 Plan Together, 003 visits to closed centres). No fact is added to them.
 */
export const profile: SeedProfile = { organisation, giving, header, footer, pages, programmes, news, partners, needs, volunteerRoles }
