import type { Payload } from 'payload'
import { locales } from '../../domain/locales'
import type { SeedNeed } from './profile'

/** Creates the wishlist's needs, Dutch first, then the other languages on the same document. */
export async function seedNeeds(payload: Payload, needs: SeedNeed[]): Promise<void> {
  const [first, ...others] = locales
  for (const need of needs) {
    const localized = (locale: (typeof locales)[number]) => ({
      name: need.name[locale],
      description: need.description?.[locale],
      unit: need.unit[locale],
      dropOff: {
        address: need.dropOff?.address?.[locale],
        openingHours: need.dropOff?.openingHours?.[locale],
        instructions: need.dropOff?.instructions?.[locale],
      },
    })
    const doc = await payload.create({
      collection: 'needs',
      locale: first,
      data: {
        ...localized(first),
        category: need.category,
        quantityNeeded: need.quantityNeeded ?? null,
        condition: need.condition,
        priority: need.priority ?? 'normal',
        status: 'open',
        internalNote: need.internalNote,
      },
    })
    for (const locale of others) await payload.update({ collection: 'needs', id: doc.id, locale, data: localized(locale) })
  }
}
