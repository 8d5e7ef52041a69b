/** The amount charged: the gift, plus the payment costs when the donor chose to cover them. */
export function chargedAmountCents(amountCents: number, coverFees: boolean, feeCoverPercent: number): number {
  if (!coverFees || feeCoverPercent <= 0) return amountCents
  return amountCents + Math.round((amountCents * feeCoverPercent) / 100)
}

/** "25,50" or "25.5" or "25" as cents, or undefined when it is not an amount. */
export function parseEuroAmount(input: string): number | undefined {
  const match = input.trim().replace(/\s|€/g, '').match(/^(\d{1,7})(?:[.,](\d{1,2}))?$/)
  if (!match) return undefined
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}
