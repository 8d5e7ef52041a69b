import type { PayloadRequest } from 'payload'
import { isLocale, type Locale } from '../../../domain/locales'
import { maxUploadBytes } from '../../../domain/volunteering/options'
import { retentionPeriods } from '../../jobs/volunteerRetention'
import { checkbox, fileInput, textField } from '../../publicForms/retry/fields'
import { html } from '../../publicForms/retry/html'
import type { Applicant } from '../people'
import { actionForm, definitionList, fill, formatDay, notice, privateNote, section, selfServicePage, stringsFor } from './shell'

const closed = ['declined', 'withdrawn', 'spam']

/** The applicant's page: where the application stands, and everything they may do with it. */
export async function applicantPage(req: PayloadRequest, person: Applicant, messages: { done?: string; problem?: string }): Promise<Response> {
  const { application, link } = person
  const locale: Locale = isLocale(application.locale) ? application.locale : link.locale
  const strings = stringsFor(locale)
  const s = strings.applicant
  const token = link.token
  const roleId = typeof application.role === 'object' ? application.role?.id : application.role
  const role = roleId ? await req.payload.findByID({ collection: 'volunteer-roles', id: roleId, locale, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req }).catch(() => null) : null
  const { weeks, futureRolesMonths } = await retentionPeriods(req.payload, req)
  const status = (application.status ?? 'new') as keyof typeof s.statuses
  const mb = Math.floor(maxUploadBytes / (1024 * 1024))
  const history = (application.statusHistory ?? []).filter((entry) => entry.status !== 'spam')

  const body = html`<header class="page__header"><h1>${s.title}</h1>${privateNote(strings, locale, link.expiresAt)}</header>
${notice('done', messages.done)}${notice('problem', messages.problem)}
${definitionList([
  [s.reference, application.reference ?? ''],
  [s.role, String(role?.title ?? '')],
  [s.received, formatDay(application.createdAt, locale)],
  [s.status, s.statuses[status] ?? status],
])}
${section('history', s.historyTitle, html`<ol class="self-service__history">${history.map((entry) => html`<li>${formatDay(entry.changedAt, locale)}: ${s.statuses[(entry.status ?? 'new') as keyof typeof s.statuses] ?? entry.status}</li>`)}</ol>`)}
${
  closed.includes(status)
    ? ''
    : section('withdraw', s.withdrawTitle, html`<p>${s.withdrawText}</p>${actionForm(token, 'withdraw', html`<button class="button" type="submit">${s.withdrawButton}</button>`)}`)
}
${section(
  'contact',
  s.contactTitle,
  actionForm(
    token,
    'contact',
    html`${textField({ id: 'email', name: 'email', type: 'email', label: s.email, value: application.email, autoComplete: 'email', inputMode: 'email', required: true })}
${textField({ id: 'phone', name: 'phone', type: 'tel', label: s.phone, value: application.phone ?? '', autoComplete: 'tel', inputMode: 'tel' })}
${textField({ id: 'town', name: 'town', label: s.town, value: application.town ?? '', autoComplete: 'address-level2' })}
<button class="button button--primary" type="submit">${strings.common.save}</button>`,
  ),
)}
${
  application.track === 'hosting'
    ? ''
    : section(
        'cv',
        s.cvTitle,
        html`<p>${application.cv?.originalName ? fill(s.cvCurrent, { name: application.cv.originalName }) : s.cvNone}</p>${actionForm(
          token,
          'cv',
          html`${fileInput({ id: 'cv', name: 'cv', label: s.cvLabel, hint: fill(s.cvHint, { mb }), required: true })}<button class="button button--primary" type="submit">${s.cvButton}</button>`,
          { multipart: true },
        )}`,
      )
}
${section('download', strings.common.downloadTitle, html`<p>${strings.common.downloadText}</p><p><a class="button" href="/api/self-service/${token}/download" download>${strings.common.downloadButton}</a></p>`)}
${section(
  'erase',
  s.eraseTitle,
  html`<p>${s.eraseText}</p><p>${fill(s.retention, { weeks, months: futureRolesMonths })}</p>${actionForm(
    token,
    'erase',
    html`${checkbox({ id: 'confirm', name: 'confirm', label: strings.common.eraseConfirm, checked: false })}<button class="button" type="submit">${s.eraseButton}</button>`,
  )}`,
)}`
  return selfServicePage(req, { locale, title: s.title, body })
}
