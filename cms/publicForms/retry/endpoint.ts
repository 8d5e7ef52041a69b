import type { Endpoint, PayloadRequest } from 'payload'
import { requestLocale } from '../locale'
import { applicationForm } from './applicationForm'
import { donationForm } from './donationForm'
import type { FormName, Retry } from './formNames'
import type { Html } from './html'
import { expiredPage } from './messagePage'
import { pageResponse } from './page'
import { retryPage } from './retryPage'
import { openRetry } from './store'
import { pledgeForm } from './pledgeForm'
import { linkRequestForm } from '../../selfService/linkRequestForm'
import { bankTransferForm } from '../../collections/BankTransferReferences/retryForm'

const forms: Record<FormName, (req: PayloadRequest, retry: Retry, token: string) => Promise<Html | undefined>> = {
  donation: donationForm,
  application: applicationForm,
  pledge: pledgeForm,
  'link-request': linkRequestForm,
  'bank-transfer': bankTransferForm,
}

/**
 * GET /api/forms/retry/:token: a form sent without script and refused, shown again by the
 * CMS in the visitor's language, with what they typed and what is wrong, posting to the
 * same endpoint (see ../pageAnswer.ts). An unknown, used-up or expired token gets the same
 * "no longer available" page, which says nothing about which it was.
 */
export const formRetryEndpoint: Endpoint = {
  path: '/forms/retry/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    const retry = await openRetry(req.payload, token)
    if (!retry) return expiredPage(req, requestLocale(req))
    return pageResponse(req, await retryPage(req, retry, await forms[retry.form](req, retry, token)))
  },
}
