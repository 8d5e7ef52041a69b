import type { PayloadRequest, Where } from 'payload'
import { locales } from '../../../domain/locales'
import { fillPlaceholders } from '../../../domain/placeholders'
import { ui } from '../../../site/i18n'
import { publicSiteUrl } from '../../env'
import { sitePagePath } from '../sitePages'
import { hostingQuestions, languageRows, standardQuestions } from './applicationSections'
import { entriesOf } from './entries'
import { checkbox, choices, errorSummary, fileInput, hidden, select, textArea, textField } from './fields'
import type { Retry } from './formNames'
import { type Html, html } from './html'
import { organisationName } from './messagePage'

type Role = { id: number | string; title?: unknown; kind?: unknown; applicationForm?: unknown }

const openRoles = (req: PayloadRequest, retry: Retry, where: Where[]) =>
  req.payload.find({
    collection: 'volunteer-roles',
    where: { and: [{ open: { equals: true } }, { _status: { equals: 'published' } }, ...where] },
    locale: retry.locale,
    depth: 0,
    pagination: false,
    sort: 'order',
    draft: false,
    overrideAccess: true,
    req,
  })

/**
 * A role's application form shown again (ApplicationForm of the role page's island), with
 * what was typed; the files are never kept and must be chosen again. Undefined when the
 * role no longer takes applications.
 */
export async function applicationForm(req: PayloadRequest, retry: Retry, token: string): Promise<Html | undefined> {
  const { locale, errors } = retry
  const values = entriesOf(retry.fields)
  const roleId = values.text('role')
  if (!/^\d{1,10}$/.test(roleId)) return undefined
  const role = (await openRoles(req, retry, [{ id: { equals: Number(roleId) } }])).docs[0] as Role | undefined
  if (!role) return undefined
  const track = role.applicationForm === 'hosting' ? 'hosting' : 'standard'
  const others = ((await openRoles(req, retry, [{ id: { not_equals: role.id } }])).docs as Role[]).filter((other) => (other.applicationForm === 'hosting' ? 'hosting' : 'standard') === track)
  const privacyPath = await sitePagePath(req, 'privacy', locale)

  const strings = ui(locale).volunteer
  const f = strings.form
  const required = html` <span aria-hidden="true">*</span><span class="visually-hidden">(${f.requiredNote})</span>`
  const consent = fillPlaceholders(f.consent, { organisation: await organisationName(req) })
  const fileHint = (field: 'cv' | 'motivationFile') => (values.has(field) ? html`${f.fileHint} ${f.chooseFileAgain}` : f.fileHint)
  const section = { strings, values, errors, required }
  const fieldIds: Record<string, string> = {
    role: 'name',
    languages: 'language-0',
    ...Object.fromEntries(languageRows(values).flatMap((_, i) => [[`languages.${i}.language`, `language-${i}`], [`languages.${i}.level`, `level-${i}`]])),
    ...Object.fromEntries(['name', 'email', 'phone', 'preferredLanguage', 'town', 'centres', 'hoursPerWeek', 'experience', 'experienceDetails', 'cv', 'motivation', 'motivationFile', 'heardFrom', 'region', 'household', 'spareRoom', 'hostingPeriod', 'consent', 'website', 'otherRoles'].map((id) => [id, id])),
  }

  return html`<h2>${String(role.title ?? '')}</h2>
<form class="application-form" method="post" action="/api/volunteer-applications?locale=${locale}" enctype="multipart/form-data" novalidate aria-describedby="application-intro">
<p id="application-intro">${f.intro}</p>
${hidden('role', String(role.id))}${hidden('track', track)}${hidden('locale', locale)}${hidden('_retry', token)}
${errorSummary(f.errorSummary, errors, fieldIds)}
<fieldset class="form-section"><legend>${f.yourDetails}</legend>
${textField({ id: 'name', label: html`${f.name}${required}`, value: values.text('name'), autoComplete: 'name', error: errors.name, required: true })}
${textField({ id: 'email', type: 'email', label: html`${f.email}${required}`, value: values.text('email'), autoComplete: 'email', error: errors.email, required: true })}
${textField({ id: 'phone', type: 'tel', label: html`${f.phone}${required}`, hint: f.phoneHint, value: values.text('phone'), autoComplete: 'tel', error: errors.phone, required: true })}
${select({ id: 'preferredLanguage', label: f.preferredLanguage, value: values.text('preferredLanguage') || locale, options: locales.map((value) => ({ value, label: strings.languageNames[value] })), error: errors.preferredLanguage })}
${textField({ id: 'town', label: html`${f.town}${required}`, value: values.text('town'), autoComplete: 'address-level2', error: errors.town, required: true })}
</fieldset>
${track === 'standard' ? standardQuestions({ ...section, visiting: role.kind === 'detention-visits' }) : hostingQuestions(section)}
${others.length > 0 ? choices({ id: 'otherRoles', legend: f.otherRoles, type: 'checkbox', options: others.map((other) => ({ value: String(other.id), label: String(other.title ?? '') })), selected: values.all('otherRoles'), error: errors.otherRoles }) : ''}
${track === 'standard' ? fileInput({ id: 'cv', label: html`${f.cv}${required}`, hint: fileHint('cv'), error: errors.cv, required: true }) : ''}
${textArea({ id: 'motivation', label: f.motivation, hint: f.motivationHint, value: values.text('motivation'), error: errors.motivation })}
${fileInput({ id: 'motivationFile', label: f.motivationFile, hint: fileHint('motivationFile'), error: errors.motivationFile })}
${textField({ id: 'heardFrom', label: f.heardFrom, value: values.text('heardFrom'), error: errors.heardFrom })}
<div class="honeypot" aria-hidden="true"><label for="website">${f.honeypot}</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value=""></div>
<fieldset class="form-section"><legend>${f.consentHeading}</legend>
${checkbox({ id: 'consent', label: html`${consent}${required}`, checked: values.has('consent'), error: errors.consent, hint: privacyPath ? html`<a href="${publicSiteUrl}${privacyPath}">${f.privacyLink}</a>` : undefined })}
${checkbox({ id: 'keepForFutureRoles', label: f.keepForFutureRoles, checked: values.has('keepForFutureRoles') })}
</fieldset>
<button class="button button--primary" type="submit">${f.submit}</button>
</form>`
}
