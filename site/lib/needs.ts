import { byPriority } from '../../domain/needs'
import { defaultPledgeDays } from '../../cms/globals/GoodsSettings'
import { cms, type Doc } from './cms'

/** The wishlist as the build sees it: public needs (open and fulfilled), most urgent first. */
export type Wishlist = { needs: Doc[]; pledgeDays: number }

let wishlist: Promise<Wishlist> | undefined

export function loadWishlist(): Promise<Wishlist> {
  wishlist ??= fetchWishlist()
  return wishlist
}

async function fetchWishlist(): Promise<Wishlist> {
  const payload = await cms()
  const [needs, settings] = await Promise.all([
    payload.find({ collection: 'needs', locale: 'all', depth: 1, overrideAccess: false, pagination: false, sort: 'createdAt' }),
    payload.findGlobal({ slug: 'goods-settings', depth: 0, overrideAccess: false }),
  ])
  const days = Number(settings?.pledgeDays)
  return {
    needs: ([...needs.docs] as unknown as Doc[]).sort(byPriority as (a: Doc, b: Doc) => number),
    pledgeDays: Number.isInteger(days) && days > 0 ? days : defaultPledgeDays,
  }
}
