import type { SeedProgramme } from '../../../cms/seed/profile'
import { best } from './best'
import { detentionVisits } from './detention-visits'
import { planTogether } from './plan-together'
import { upTogether } from './up-together'

export const programmes: SeedProgramme[] = [detentionVisits, upTogether, planTogether, best]
