import type { SeedGiving } from '../../cms/seed/profile'

/**
 * The amounts the donate page offers. What each amount makes possible is not in the seed
 * texts, so those lines stay empty until the communication officer fills them in.
 */
export const giving: SeedGiving = {
  presetAmounts: [
    { amountEuros: 10, frequency: 'monthly' },
    { amountEuros: 25, frequency: 'both' },
    { amountEuros: 50, frequency: 'both' },
    { amountEuros: 100, frequency: 'once' },
  ],
  minimumEuros: 5,
  maximumEuros: 10000,
  feeCoverPercent: 2,
}
