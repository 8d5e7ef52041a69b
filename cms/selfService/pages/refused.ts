import type { PayloadRequest } from 'payload'
import type { Locale } from '../../../domain/locales'
import { publicSiteUrl } from '../../env'
import { requestLocale } from '../../publicForms/locale'
import { html } from '../../publicForms/retry/html'
import { linkLifetimeDays } from '../kinds'
import type { LinkCheck } from '../links'
import { fill, requestLinkUrl, selfServicePage, stringsFor } from './shell'

/**
 * A link that opens nothing, said plainly in the person's language (the link's, when its
 * row still names one; else the browser's), with the way to a new link. Tampered: 403;
 * expired or replaced: 410, as it will never work again.
 */
export async function refusedPage(req: PayloadRequest, check: Extract<LinkCheck, { ok: false }>): Promise<Response> {
  const locale: Locale = check.locale ?? requestLocale(req)
  const strings = stringsFor(locale).refused
  const [title, text] =
    check.reason === 'invalid'
      ? [strings.invalidTitle, strings.invalidText]
      : check.reason === 'expired'
        ? [strings.expiredTitle, fill(strings.expiredText, { days: linkLifetimeDays })]
        : [strings.revokedTitle, strings.revokedText]
  const body = html`<h1>${title}</h1>
<p class="lead">${text}</p>
<p><a class="button button--primary" href="${requestLinkUrl(locale)}">${strings.requestNew}</a></p>`
  return selfServicePage(req, { locale, title, body, status: check.reason === 'invalid' ? 403 : 410 })
}

/** After an erasure: what is gone, what is kept, and that this link is over. */
export async function erasedPage(req: PayloadRequest, locale: Locale, who: 'applicant' | 'donor', keptYears: number): Promise<Response> {
  const strings = stringsFor(locale).common
  const body = html`<h1>${strings.erasedTitle}</h1>
<div class="form-notice form-notice--done" role="status"><p>${who === 'applicant' ? strings.erasedApplicant : fill(strings.erasedDonor, { years: keptYears })}</p></div>
<p><a class="button button--primary" href="${publicSiteUrl}/${locale}/">${strings.backToSite}</a></p>`
  return selfServicePage(req, { locale, title: strings.erasedTitle, body })
}
