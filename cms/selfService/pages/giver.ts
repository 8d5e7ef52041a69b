import type { PayloadRequest } from 'payload'
import { isLocale, type Locale } from '../../../domain/locales'
import { maxPledgeQuantity } from '../../../domain/forms/pledge'
import { isActivePledge, needCountsOf, type PledgeStatus, stillWanted } from '../../../domain/needs'
import { textField } from '../../publicForms/retry/fields'
import { html } from '../../publicForms/retry/html'
import type { Giver } from '../people'
import { actionForm, definitionList, fill, formatDay, notice, privateNote, section, selfServicePage, stringsFor } from './shell'

/** The most a giver may pledge now: what they pledged, plus what the need still wants. */
export async function pledgeCeiling(req: PayloadRequest, person: Giver): Promise<{ max: number; needName: string }> {
  const { pledge } = person
  const locale: Locale = isLocale(pledge.locale) ? pledge.locale : person.link.locale
  const needId = typeof pledge.need === 'object' ? pledge.need.id : pledge.need
  const need = needId == null ? null : await req.payload.findByID({ collection: 'needs', id: needId, locale, depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)
  if (!need) return { max: pledge.quantity, needName: '' }
  const wanted = need.status === 'open' ? stillWanted(needCountsOf(need)) : 0
  // A need without a set quantity takes any number the pledge form allows.
  const max = wanted === null ? Math.max(pledge.quantity, maxPledgeQuantity) : pledge.quantity + Math.max(0, wanted)
  return { max, needName: String(need.name ?? '') }
}

/** The giver's page: their pledge, and while it is expected, a new quantity or a cancellation. */
export async function giverPage(req: PayloadRequest, person: Giver, messages: { done?: string; problem?: string }): Promise<Response> {
  const { pledge, link } = person
  const locale: Locale = isLocale(pledge.locale) ? pledge.locale : link.locale
  const strings = stringsFor(locale)
  const s = strings.giver
  const token = link.token
  const { max, needName } = await pledgeCeiling(req, person)
  const active = isActivePledge(pledge.status as PledgeStatus)

  const body = html`<header class="page__header"><h1>${s.title}</h1>${privateNote(strings, locale, link.expiresAt)}</header>
${notice('done', messages.done)}${notice('problem', messages.problem)}
${definitionList([
  [s.reference, pledge.reference ?? ''],
  [s.need, needName],
  [s.quantity, String(pledge.quantity)],
  [s.status, s.statuses[pledge.status as keyof typeof s.statuses] ?? pledge.status],
  [s.expiresAt, active ? formatDay(pledge.expiresAt, locale) : ''],
])}
${
  active
    ? html`${section(
        'quantity',
        s.changeTitle,
        actionForm(
          token,
          'quantity',
          html`${textField({ id: 'quantity', name: 'quantity', label: s.quantityLabel, hint: fill(s.quantityHint, { max }), value: String(pledge.quantity), inputMode: 'numeric', required: true })}<button class="button button--primary" type="submit">${s.changeButton}</button>`,
        ),
      )}
${section('cancel', s.cancelTitle, html`<p>${s.cancelText}</p>${actionForm(token, 'cancel', html`<button class="button" type="submit">${s.cancelButton}</button>`)}`)}`
    : html`<p>${s.closed}</p>`
}`
  return selfServicePage(req, { locale, title: s.title, body })
}
