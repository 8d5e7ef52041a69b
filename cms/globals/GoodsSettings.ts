import type { GlobalConfig, Payload, PayloadRequest } from 'payload'
import { anyone } from '../access/content'
import { needEditors } from '../access/goods'
import { label } from '../i18n/label'

export const defaultPledgeDays = 14

/** How the wishlist handles pledges; the goods contact's address is in Settings → Organisation. */
export const GoodsSettings: GlobalConfig = {
  slug: 'goods-settings',
  label: label('goodsSettings.label'),
  admin: { group: label('group.settings') },
  access: { read: anyone, update: needEditors },
  fields: [
    {
      name: 'pledgeDays',
      label: label('goodsSettings.pledgeDays'),
      type: 'number',
      required: true,
      defaultValue: defaultPledgeDays,
      min: 1,
      max: 365,
      admin: { description: label('goodsSettings.pledgeDays.description') },
    },
  ],
}

export async function pledgeDays(payload: Payload, req?: PayloadRequest): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'goods-settings', depth: 0, overrideAccess: true, req })
  const days = Number(settings?.pledgeDays)
  return Number.isInteger(days) && days > 0 ? days : defaultPledgeDays
}
