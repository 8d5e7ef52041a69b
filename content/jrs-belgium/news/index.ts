import type { SeedNews } from '../../../cms/seed/profile'
import { planTogetherNewProject } from './plan-together-new-project'
import { upTogetherEuropeanProject } from './up-together-european-project'

export const news: SeedNews[] = [upTogetherEuropeanProject, planTogetherNewProject]
