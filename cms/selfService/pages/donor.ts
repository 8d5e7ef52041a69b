import type { PayloadRequest } from 'payload'
import { isLocale, type Locale, localeNames } from '../../../domain/locales'
import { certificateLanguages } from '../../../domain/tax/certificateLanguage'
import { formatEuroCents } from '../../../domain/money'
import { checkbox, choices, textField } from '../../publicForms/retry/fields'
import { html } from '../../publicForms/retry/html'
import { accountingYears } from '../erasure'
import type { Donor } from '../people'
import { revealNationalRegisterNumber } from '../../fields/encryptedNationalRegisterNumber'
import { nationalNumberWanted } from '../actions'
import { certificatesOfDonor, donorCertificateLanguage, taxCertificatesFor } from '../taxCertificates'
import { actionForm, fill, formatDay, notice, privateNote, section, selfServicePage, stringsFor } from './shell'

/** The donor's page: their gifts and monthly gift, the payment portal, certificates, name and address, erasure. */
export async function donorPage(req: PayloadRequest, person: Donor, messages: { done?: string; problem?: string }): Promise<Response> {
  const { link, donations, monthlyGifts } = person
  const latest = monthlyGifts[0]?.locale ?? donations[0]?.locale
  const locale: Locale = isLocale(latest) ? latest : link.locale
  const strings = stringsFor(locale)
  const s = strings.donor
  const token = link.token
  const certificateRows = await certificatesOfDonor(req, person)
  const certificates = await taxCertificatesFor(req, person, certificateRows)
  const address = [...monthlyGifts, ...donations].find((gift) => gift.taxCertificate?.street || gift.taxCertificate?.city)?.taxCertificate ?? {}
  const money = (cents: number) => formatEuroCents(cents, locale)
  const numberEnd = lastDigitsOnFile(person)
  const askNumber = await nationalNumberWanted(req)

  const giftRows = donations.map(
    (gift) =>
      html`<tr><td>${formatDay(gift.receivedAt, locale)}</td><td>${money(gift.amountCents)}</td><td>${s.kinds[gift.kind as keyof typeof s.kinds] ?? gift.kind}</td><td>${s.statuses[gift.status as keyof typeof s.statuses] ?? gift.status}</td><td>${gift.reference ?? ''}</td></tr>`,
  )
  const body = html`<header class="page__header"><h1>${s.title}</h1>${privateNote(strings, locale, link.expiresAt)}</header>
${notice('done', messages.done)}${notice('problem', messages.problem)}
${
  donations.length === 0
    ? html`<p>${s.giftsNone}</p>`
    : html`<div class="table-scroll"><table class="self-service__gifts"><thead><tr><th scope="col">${s.date}</th><th scope="col">${s.amount}</th><th scope="col">${s.kind}</th><th scope="col">${s.status}</th><th scope="col">${s.reference}</th></tr></thead><tbody>${giftRows}</tbody></table></div>`
}
${monthlyGifts.map((gift) =>
  section(
    `monthly-${gift.id}`,
    s.monthlyTitle,
    html`<p><strong>${fill(s.monthlyAmount, { amount: money(gift.amountCents) })}</strong> · ${s.monthlyStatuses[gift.status as keyof typeof s.monthlyStatuses] ?? gift.status}</p>
${gift.status !== 'cancelled' && gift.stripe?.customerId ? html`<p>${s.portalText}</p><p><a class="button button--primary" href="/api/self-service/${token}/portal?gift=${String(gift.id)}">${s.portalButton}</a></p>` : ''}`,
  ),
)}
${
  certificates.length > 0
    ? section('tax', s.taxTitle, html`<p>${s.taxText}</p><ul>${certificates.map((certificate) => html`<li>${certificate.url ? html`<a href="${certificate.url}">${fill(s.taxYear, { year: certificate.year })}</a>` : fill(s.taxYear, { year: certificate.year })} ${certificate.label}</li>`)}</ul>`)
    : ''
}
${section(
  'details',
  s.detailsTitle,
  html`<p>${s.detailsText}</p>${actionForm(
    token,
    'details',
    html`${textField({ id: 'name', name: 'name', label: s.name, value: person.name, autoComplete: 'name', required: true })}
${textField({ id: 'street', name: 'street', label: s.street, value: address.street ?? '', autoComplete: 'street-address' })}
${textField({ id: 'postalCode', name: 'postalCode', label: s.postalCode, value: address.postalCode ?? '', autoComplete: 'postal-code' })}
${textField({ id: 'city', name: 'city', label: s.city, value: address.city ?? '', autoComplete: 'address-level2' })}
<button class="button button--primary" type="submit">${strings.common.save}</button>`,
  )}`,
)}
${
  askNumber
    ? section(
        'national-number',
  s.nationalNumberTitle,
  html`<p>${s.nationalNumberText}</p><p>${numberEnd ? fill(s.nationalNumberOnFile, { last: numberEnd }) : s.nationalNumberNone}</p>${actionForm(
    token,
    'national-number',
    html`${textField({ id: 'nationalRegisterNumber', name: 'nationalRegisterNumber', label: s.nationalNumberLabel, hint: s.nationalNumberHint, value: '', autoComplete: 'off', inputMode: 'numeric', required: true })}
<button class="button button--primary" type="submit">${s.nationalNumberButton}</button>`,
        )}`,
      )
    : ''
}
${
  askNumber || certificateRows.some((row) => row.status !== 'cancelled')
    ? section(
        'certificate-language',
        s.certificateLanguageTitle,
        html`<p>${s.certificateLanguageText}</p>${actionForm(
          token,
          'certificate-language',
          html`${choices({
            id: 'certificateLanguage',
            legend: s.certificateLanguageLabel,
            type: 'radio',
            required: true,
            options: certificateLanguages.map((language) => ({ value: language, label: localeNames[language] })),
            selected: [donorCertificateLanguage(person, certificateRows)],
          })}
<button class="button button--primary" type="submit">${s.certificateLanguageButton}</button>`,
        )}`,
      )
    : ''
}
${section('download', strings.common.downloadTitle, html`<p>${strings.common.downloadText}</p><p><a class="button" href="/api/self-service/${token}/download" download>${strings.common.downloadButton}</a></p>`)}
${section(
  'erase',
  s.eraseTitle,
  html`<p>${s.eraseText}</p><p>${fill(s.eraseKept, { years: accountingYears })}</p>${actionForm(
    token,
    'erase',
    html`${checkbox({ id: 'confirm', name: 'confirm', label: strings.common.eraseConfirm, checked: false })}<button class="button" type="submit">${s.eraseButton}</button>`,
  )}`,
)}`
  return selfServicePage(req, { locale, title: s.title, body })
}

/**
 * The last three digits of the number on the donor's latest gift that has one, to say that
 * one is on file: the page never shows the number itself (it would then sit in the
 * browser's history and cache). Undefined when there is none, or no key of ours opens it.
 */
function lastDigitsOnFile(person: Donor): string | undefined {
  const stored = [...person.monthlyGifts, ...person.donations].find((gift) => gift.taxCertificate?.nationalRegisterNumber)?.taxCertificate?.nationalRegisterNumber
  try {
    const number = revealNationalRegisterNumber(stored)
    return number ? number.replace(/\D/g, '').slice(-3) : undefined
  } catch {
    return undefined
  }
}
