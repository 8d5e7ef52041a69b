import type { Locale } from '../../../../domain/locales'
import { formatEuroCents } from '../../../../domain/money'
import { fillPlaceholders } from '../../../../domain/placeholders'
import type { TaxReduction } from '../../../../domain/tax/taxReduction'

/** "Gifts adding up to at least €40 a year give you a tax reduction of 30 %": rate and minimum from the Tax certificate settings, never from the copy. */
export function taxReductionText(template: string, reduction: Pick<TaxReduction, 'percent' | 'minimumCents'>, locale: Locale): string {
  return fillPlaceholders(template, { percent: reduction.percent.toLocaleString(locale), minimum: formatEuroCents(reduction.minimumCents, locale, 'whenAny') })
}
