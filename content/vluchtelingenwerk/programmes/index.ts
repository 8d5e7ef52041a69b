import type { SeedProgramme } from '../../../cms/seed/profile'
import { reception, support } from './helping'
import { awareness, policy } from './speaking-up'
import { bringingTogether, integration } from './together'

/** The six missions of seed 004, in its order. */
export const programmes: SeedProgramme[] = [policy, awareness, reception, support, integration, bringingTogether]
