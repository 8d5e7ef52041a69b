import type { PayloadRequest } from 'payload'
import { acceptsPledges, needCountsOf, stillWanted } from '../../../domain/needs'
import { fillPlaceholders } from '../../../domain/placeholders'
import { ui } from '../../../site/i18n'
import { pledgeDays } from '../../globals/GoodsSettings'
import { entriesOf } from './entries'
import { checkbox, errorSummary, hidden, textArea, textField } from './fields'
import type { Retry } from './formNames'
import { type Html, html } from './html'

/**
 * A need's pledge form shown again (PledgeForm of the wishlist island), with what was
 * typed; undefined when the need no longer takes pledges (closed, or all pledged since).
 */
export async function pledgeForm(req: PayloadRequest, retry: Retry, token: string): Promise<Html | undefined> {
  const { locale, errors } = retry
  const strings = ui(locale).needs
  const values = entriesOf(retry.fields)
  const needId = values.text('need')
  if (!/^\d{1,10}$/.test(needId)) return undefined
  // As the public sees it: only open and fulfilled needs are readable.
  const need = await req.payload.findByID({ collection: 'needs', id: Number(needId), locale, depth: 0, overrideAccess: false, user: null, disableErrors: true, req }).catch(() => null)
  if (!need) return undefined
  const counts = needCountsOf(need)
  if (!acceptsPledges({ ...counts, status: String(need.status) })) return undefined
  const wanted = stillWanted(counts)
  const days = await pledgeDays(req.payload, req)

  const id = `pledge-${need.id}`
  const field = (key: string) => `${id}-${key}`
  const fieldIds: Record<string, string> = Object.fromEntries(['quantity', 'name', 'email', 'phone', 'expectedDate', 'message', 'consent'].map((key) => [key, field(key)]))
  fieldIds.need = field('quantity')
  return html`<form id="${id}" class="pledge-form" method="post" action="/api/pledges?locale=${locale}" novalidate aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${fillPlaceholders(strings.formHeading, { name: String(need.name ?? '') })}</h2>
${hidden('need', String(need.id))}${hidden('locale', locale)}${hidden('_retry', token)}
${errorSummary(strings.errorSummary, errors, fieldIds, `${id}-errors`)}
${textField({ id: field('quantity'), name: 'quantity', label: strings.quantity, hint: wanted === null ? strings.quantityHintOpen : fillPlaceholders(strings.quantityHint, { count: wanted }), value: values.text('quantity'), error: errors.quantity ?? errors.need, inputMode: 'numeric', required: true })}
${textField({ id: field('name'), name: 'name', label: strings.name, value: values.text('name'), error: errors.name, autoComplete: 'name', required: true })}
${textField({ id: field('email'), name: 'email', type: 'email', label: strings.email, hint: strings.emailHint, value: values.text('email'), error: errors.email, autoComplete: 'email', inputMode: 'email', required: true })}
${textField({ id: field('phone'), name: 'phone', type: 'tel', label: strings.phone, value: values.text('phone'), error: errors.phone, autoComplete: 'tel', inputMode: 'tel' })}
${textField({ id: field('expectedDate'), name: 'expectedDate', type: 'date', label: strings.expectedDate, hint: fillPlaceholders(strings.expectedDateHint, { days }), value: values.text('expectedDate'), error: errors.expectedDate })}
${textArea({ id: field('message'), name: 'message', label: strings.message, value: values.text('message'), error: errors.message, rows: 3 })}
${checkbox({ id: field('consent'), name: 'consent', label: strings.consent, checked: values.has('consent'), error: errors.consent })}
<button class="button button--primary" type="submit">${strings.submit}</button>
</form>`
}
