import type { GlobalConfig, Payload, PayloadRequest } from 'payload'
import { anyone } from '../access/content'
import { needEditors } from '../access/goods'

export const defaultPledgeDays = 14

/** How the wishlist handles pledges; the goods contact's address is in Settings → Organisation. */
export const GoodsSettings: GlobalConfig = {
  slug: 'goods-settings',
  label: 'Goods settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: needEditors },
  fields: [
    {
      name: 'pledgeDays',
      label: 'Days a pledge holds',
      type: 'number',
      required: true,
      defaultValue: defaultPledgeDays,
      min: 1,
      max: 365,
      admin: { description: 'A pledge not brought within this many days expires: the giver is told and the items are wanted again.' },
    },
  ],
}

export async function pledgeDays(payload: Payload, req?: PayloadRequest): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'goods-settings', depth: 0, overrideAccess: true, req })
  const days = Number(settings?.pledgeDays)
  return Number.isInteger(days) && days > 0 ? days : defaultPledgeDays
}
