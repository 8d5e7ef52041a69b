/**
 * Currencies this server accepts, with Stripe's minimum charge amount in the smallest unit
 * (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts). Stripe supports more
 * currencies than these; any other is refused here, which for a euro-only site errs on the safe side.
 */
export const minimumChargeAmounts: Readonly<Record<string, number>> = {
  eur: 50, usd: 50, gbp: 30, chf: 50, aud: 50, cad: 50, nzd: 50, sgd: 50, brl: 50, inr: 50, jpy: 50,
  aed: 200, bgn: 100, czk: 1500, dkk: 250, hkd: 400, huf: 17500, mxn: 1000, myr: 200, nok: 300,
  pln: 200, ron: 200, sek: 300, thb: 1000,
}

/** Currencies without a minor unit: `unit_amount` 500 is ¥500, not ¥5. */
const zeroDecimal = new Set(['jpy', 'huf'])

export function isSupportedCurrency(currency: string): boolean {
  return Object.hasOwn(minimumChargeAmounts, currency)
}

export function formatAmount(amount: number, currency: string, locale = 'en'): string {
  const major = zeroDecimal.has(currency) ? amount : amount / 100
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(major)
}

/** Amounts in Stripe's error messages: "€25.00". */
export function currencyAmount(amount: number, currency: string): string {
  return formatAmount(amount, currency, 'en')
}
