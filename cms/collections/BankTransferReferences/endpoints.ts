import { randomInt } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import QRCode from 'qrcode'
import { epcQrPayload } from '../../../domain/epcQrPayload'
import { type BankTransferReferenceRequest, type BankTransferRules, bankTransferReferenceSchema } from '../../../domain/forms/bankTransfer'
import { formatIban } from '../../../domain/iban'
import { isLocale, type Locale } from '../../../domain/locales'
import { formatEuroCents } from '../../../domain/money'
import { parseStructuredCommunication, structuredCommunicationDigits, structuredCommunicationFor } from '../../../domain/StructuredCommunication'
import { ui } from '../../../site/i18n'
import { cmsUrl } from '../../env'
import { givingSettings } from '../../payments/settings'
import { accepted, type Answer, refused } from '../../publicForms/answer'
import { isBrowserFormPost } from '../../publicForms/formPost'
import { publicForm } from '../../publicForms/pipeline'
import { requestLocale } from '../../publicForms/locale'
import { sitePageUrl } from '../../publicForms/sitePages'
import { Html, html } from '../../publicForms/retry/html'
import { expiredPage, organisationName } from '../../publicForms/retry/messagePage'
import { formPage, pageResponse } from '../../publicForms/retry/page'
import { FormLimits } from '../../security/attempts'
import { builtInHandler } from '../builtInHandler'
import { bankAccount } from './account'
import { bankTransferFromForm } from './fromForm'

const slug = 'bank-transfer-references'

// Each accepted request stores a reference: a few per visitor are plenty (a donor asks once).
const limits = new FormLimits(slug, { accepted: { max: 10, windowMs: 60_000 }, refused: { max: 60, windowMs: 60_000 } })

async function rules(req: PayloadRequest): Promise<BankTransferRules> {
  const { minimumCents, maximumCents, taxCertificates } = await givingSettings(req)
  return { minimumCents, maximumCents, taxCertificates }
}

const referenceForm = publicForm({
  name: 'bank-transfer',
  body: 'json',
  // A name, an email and a few choices.
  maxBytes: 16 * 1024,
  limits,
  rules,
  schema: bankTransferReferenceSchema,
  fromForm: bankTransferFromForm,
  // Without an account on the site (its section is then hidden) there is nothing to transfer to.
  handle: async ({ req, data, message }) => ((await bankAccount(req)) ? issue(req, data, () => refused({ _form: message('spam') }, 500)) : refused({ _form: message('bankTransferUnavailable') }, 503)),
  // The CMS's page with the account, the communication and the QR code: it names the communication, nothing of the donor.
  landing: (answer) => `${cmsUrl}/api/${slug}/instructions/${String(answer.digits)}`,
})

/**
 * POST /api/bank-transfer-references from the donate page: a structured communication of
 * the donor's own, stored with who asked for it (name, email, language, certificate or
 * not), so that their transfer becomes their gift when the statement is uploaded.
 * Answers 201 { communication, amountCents } or 400 { errors }; without script, a 303 to
 * the instructions page (or back to the form with its errors). Signed-in staff reach
 * Payload's own handler, which refuses: nobody makes one by hand.
 */
export const issueEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => (req.user && !isBrowserFormPost(req) ? builtInHandler(req, slug, 'post')(req) : referenceForm(req)),
}

/** Ten random digits: unguessable enough that nobody can pay "as" someone else by chance, and unique by the database. */
async function issue(req: PayloadRequest, request: BankTransferReferenceRequest, failed: () => Answer): Promise<Answer> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const communication = structuredCommunicationFor(randomInt(1, 10_000_000_000))
    try {
      // One insert, its own transaction; the unique index refuses a communication already issued.
      await req.payload.create({
        collection: slug,
        data: {
          communication,
          donorName: request.name,
          donorEmail: request.email,
          locale: request.locale,
          taxCertificateRequested: request.taxCertificate === true,
          certificateLanguage: request.taxCertificate === true ? (request.certificateLanguage ?? null) : null,
          amountCents: request.amountCents,
        },
        overrideAccess: true,
        req,
      })
      return accepted({ communication, digits: structuredCommunicationDigits(communication), amountCents: request.amountCents ?? null }, 201)
    } catch (error) {
      if (await issued(req, communication)) continue
      req.payload.logger.error({ err: error, msg: 'Could not issue a bank-transfer reference' })
      return failed()
    }
  }
  return failed()
}

async function issued(req: PayloadRequest, communication: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: slug, where: { communication: { equals: communication } }, overrideAccess: true, req })
  return totalDocs > 0
}

/**
 * GET /api/bank-transfer-references/instructions/:digits: what a donor without script
 * lands on after asking for a communication: the account, the communication, the amount
 * and the EPC QR code, in the donor's language. Nothing about the donor is shown.
 */
export const instructionsEndpoint: Endpoint = {
  path: '/instructions/:digits',
  method: 'get',
  handler: async (req) => {
    const communication = parseStructuredCommunication(String(req.routeParams?.digits ?? ''))
    const { docs } = communication
      ? await req.payload.find({ collection: slug, where: { communication: { equals: communication } }, limit: 1, depth: 0, overrideAccess: true, req })
      : { docs: [] }
    const reference = docs[0]
    const account = await bankAccount(req)
    if (!reference || !communication || !account) return expiredPage(req, requestLocale(req))
    const locale: Locale = isLocale(reference.locale) ? reference.locale : requestLocale(req)
    const strings = ui(locale).donate
    const amountCents = reference.amountCents ?? undefined
    const qr = amountCents
      ? await QRCode.toString(epcQrPayload({ beneficiaryName: account.accountHolder, iban: account.iban, bic: account.bic, amountCents, remittance: communication }), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).catch(() => undefined)
      : undefined
    const body = html`<article class="page">
<h1>${strings.bankDetailsHeading}</h1>
<p class="lead">${strings.bankDetailsText}</p>
<dl class="bank-transfer__details">
<div><dt>${strings.accountHolder}</dt><dd>${account.accountHolder}</dd></div>
<div><dt>${strings.iban}</dt><dd class="bank-transfer__code">${formatIban(account.iban)}</dd></div>
${account.bic ? html`<div><dt>${strings.bic}</dt><dd class="bank-transfer__code">${account.bic}</dd></div>` : ''}
<div><dt>${strings.communication}</dt><dd class="bank-transfer__code" data-testid="structured-communication">${communication}</dd><dd class="field__hint">${strings.communicationHint}</dd></div>
${amountCents ? html`<div><dt>${strings.bankAmountLabel}</dt><dd>${formatEuroCents(amountCents, locale, 'whenAny')}</dd></div>` : ''}
</dl>
${qr ? html`<figure class="bank-transfer__qr"><div class="bank-transfer__qr-code" role="img" aria-label="${strings.qrLabel.replace('{amount}', formatEuroCents(amountCents!, locale, 'whenAny'))}">${new Html(qr)}</div><figcaption>${strings.qrHint}</figcaption></figure>` : ''}
<p><a class="button" href="${await sitePageUrl(req, 'donate', locale)}">${strings.backToDonate}</a></p>
</article>`
    return pageResponse(req, formPage({ locale, title: strings.bankDetailsHeading, organisation: await organisationName(req), body }))
  },
}
