import type { PayloadRequest } from 'payload'
import type { FieldErrors } from '../../../domain/forms/errors'
import type { Locale } from '../../../domain/locales'
import { fillPlaceholders } from '../../../domain/placeholders'
import { selfServiceRequestPath } from '../../../domain/selfServicePages'
import { ui } from '../../../site/i18n'
import { publicSiteUrl } from '../../env'
import { sitePageUrl } from '../sitePages'
import { type FormName, formPagePurpose } from './formNames'
import { type Html, html } from './html'
import { formPage, pageResponse } from './page'
import { retryLifetimeMinutes } from './store'

/** The organisation's name for the pages' header and title, as the site shows it. */
export async function organisationName(req: PayloadRequest): Promise<string> {
  const organisation = await req.payload.findGlobal({ slug: 'organisation', depth: 0, overrideAccess: true, req })
  return String(organisation.shortName || organisation.name || '')
}

/** Why a form was not sent, and the way back to its page on the site, where it can be filled in again. */
export async function notSentArticle(req: PayloadRequest, form: FormName, locale: Locale, errors: FieldErrors): Promise<Html> {
  const strings = ui(locale).formRetry
  return html`<article class="page">
<h1>${strings.notSentTitle}</h1>
<div class="error-summary" role="alert" tabindex="-1" autofocus><ul>${Object.values(errors).map((message) => html`<li>${message}</li>`)}</ul></div>
<p><a class="button button--primary" href="${form === 'link-request' ? `${publicSiteUrl}${selfServiceRequestPath(locale)}` : await sitePageUrl(req, formPagePurpose[form], locale)}">${strings.backToSite}</a></p>
</article>`
}

type Message = { form: FormName; locale: Locale; errors: FieldErrors; status: number; headers?: Record<string, string> }

/** Why a form could not be sent when there is nothing of it to show again (too many attempts, too large, giving closed). */
export async function messagePage(req: PayloadRequest, { form, locale, errors, status, headers }: Message): Promise<Response> {
  const body = await notSentArticle(req, form, locale, errors)
  return pageResponse(req, formPage({ locale, title: ui(locale).formRetry.notSentTitle, organisation: await organisationName(req), body }), status, headers)
}

/** A retry page past its time, used up, or never made: nothing is left to show, and nothing says which. */
export async function expiredPage(req: PayloadRequest, locale: Locale): Promise<Response> {
  const strings = ui(locale).formRetry
  const body = html`<article class="page">
<h1>${strings.expiredTitle}</h1>
<p class="lead">${fillPlaceholders(strings.expiredText, { minutes: retryLifetimeMinutes })}</p>
<p><a class="button button--primary" href="${publicSiteUrl}/${locale}/">${strings.backToSite}</a></p>
</article>`
  return pageResponse(req, formPage({ locale, title: strings.expiredTitle, organisation: await organisationName(req), body }), 404)
}
