import type { SeedPage } from '../../../cms/seed/profile'
import { about } from './about'
import { contact } from './contact'
import { donate } from './donate'
import { home } from './home'
import { privacy } from './privacy'
import { volunteering } from './volunteering'
import { wishlist } from './wishlist'

export const pages: SeedPage[] = [home, about, contact, privacy, donate, wishlist, volunteering]
