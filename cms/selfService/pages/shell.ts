import type { PayloadRequest } from 'payload'
import { intlLocales, type Locale } from '../../../domain/locales'
import { fillPlaceholders } from '../../../domain/placeholders'
import { ui } from '../../../site/i18n'
import { publicSiteUrl } from '../../env'
import { type Html, html, type Part } from '../../publicForms/retry/html'
import { organisationName } from '../../publicForms/retry/messagePage'
import { formPage, pageResponse } from '../../publicForms/retry/page'
import { selfServiceRequestPath } from '../../../domain/selfServicePages'

/**
 * The frame of every self-service page: the site's look and the person's language,
 * rendered by the CMS with no script at all (publicForms/retry/page.ts), and sent with
 * `Cache-Control: no-store` and `Referrer-Policy: no-referrer` (formPageHeaders): the
 * address carries the person's link, which must not reach a cache or another site.
 */
export type Strings = ReturnType<typeof ui>['selfService']
export const stringsFor = (locale: Locale): Strings => ui(locale).selfService

export async function selfServicePage(req: PayloadRequest, { locale, title, body, status = 200 }: { locale: Locale; title: string; body: Part; status?: number }): Promise<Response> {
  const markup = formPage({ locale, title, organisation: await organisationName(req), body: html`<article class="page self-service">${body}</article>` })
  return pageResponse(req, markup, status)
}

export const fill = fillPlaceholders

const dateFormats = new Map<string, Intl.DateTimeFormat>()
export function formatDay(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return ''
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'Europe/Brussels' })
    dateFormats.set(locale, format)
  }
  return format.format(new Date(value))
}

/** The site's page where a new link is asked for, in that language. */
export const requestLinkUrl = (locale: Locale) => `${publicSiteUrl}${selfServiceRequestPath(locale)}`

/** A note at the top after an action: what was done (status), or what went wrong (alert). */
export function notice(kind: 'done' | 'problem', text: string | undefined): Html | '' {
  if (!text) return ''
  return kind === 'done'
    ? html`<div class="form-notice form-notice--done" role="status"><p>${text}</p></div>`
    : html`<div class="error-summary" role="alert" tabindex="-1" autofocus><p>${text}</p></div>`
}

/** A small form posting one action back to the CMS; its answer is a 303 to this page again. */
export function actionForm(token: string, action: string, content: Part, options: { multipart?: boolean } = {}): Html {
  const enctype = options.multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded'
  return html`<form class="self-service__form" method="post" action="/api/self-service/${token}/${action}" enctype="${enctype}">${content}</form>`
}

/** A part of the page under its heading; the heading's id is suffixed, as the fields inside take plain ids ("cv", "quantity"). */
export function section(id: string, title: string, content: Part): Html {
  return html`<section class="self-service__section" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${content}</section>`
}

export function privateNote(strings: Strings, locale: Locale, expiresAt: Date): Html {
  return html`<p class="lead">${fill(strings.common.private, { date: formatDay(expiresAt, locale) })}</p>`
}

export function definitionList(rows: [string, Part][]): Html {
  return html`<dl class="self-service__facts">${rows.filter(([, value]) => value !== '' && value !== undefined && value !== null).map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`
}
